// Full conflict detection: every check over the whole week. The incremental index (roster-index.ts) must
// always answer exactly what this answers for the same roster; a property test holds it to that.
import { operationConflicts, personConflicts, resourceConflicts } from './checks.ts';
import { buildState, type RosterState } from './state.ts';
import { conflictOperations, type Conflict, type RosterRules, type RosterWeek } from './types.ts';

/** Every check's owner, in the order conflicts are listed: people, then resources, then operations. */
export function ownerKeys(state: RosterState): string[] {
  return [
    ...[...state.people.keys()].map((id) => `p:${id}`),
    ...[...state.resources.keys()].map((id) => `r:${id}`),
    ...[...state.operations.keys()].map((id) => `o:${id}`),
  ];
}

export function ownerConflicts(state: RosterState, key: string): Conflict[] {
  const id = key.slice(2);
  const found = key.startsWith('p:')
    ? personConflicts(state, id)
    : key.startsWith('r:')
      ? resourceConflicts(state, id)
      : operationConflicts(state, id);
  return found.filter((conflict) => inWeek(state, conflict));
}

/**
 * A conflict is the week's when one of its operations overlaps the week. Operations of the day either side are
 * in the roster only so that rest and overlaps across the week's edges are checked: their own staffing belongs
 * to their own week.
 */
function inWeek({ week, operations }: RosterState, conflict: Conflict): boolean {
  return conflictOperations(conflict).some((id) => {
    const op = operations.get(id)?.op;
    return op !== undefined && op.start < week.end && op.end > week.start;
  });
}

/**
 * All conflicts of the week. Calibration is judged at each operation's own end, not at "now": a planned
 * checkpoint next month needs an instrument that will still be valid then.
 */
export function detectConflicts(week: RosterWeek, rules: RosterRules): Conflict[] {
  const state = buildState(week, rules);
  return ownerKeys(state).flatMap((key) => ownerConflicts(state, key));
}
