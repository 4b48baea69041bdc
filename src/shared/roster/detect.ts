// Full conflict detection: every check over the whole week. The incremental index (roster-index.ts) must
// always answer exactly what this answers for the same roster; a property test holds it to that.
import { operationConflicts, personConflicts, resourceConflicts } from './checks.ts';
import { buildState, type RosterState } from './state.ts';
import type { Conflict, RosterRules, RosterWeek } from './types.ts';

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
  if (key.startsWith('p:')) return personConflicts(state, id);
  if (key.startsWith('r:')) return resourceConflicts(state, id);
  return operationConflicts(state, id);
}

/**
 * All conflicts of the week. Calibration is judged at each operation's own end, not at "now": a planned
 * checkpoint next month needs an instrument that will still be valid then.
 */
export function detectConflicts(week: RosterWeek, rules: RosterRules): Conflict[] {
  const state = buildState(week, rules);
  return ownerKeys(state).flatMap((key) => ownerConflicts(state, key));
}
