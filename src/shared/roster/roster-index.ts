// Incremental conflicts: the conflicts are kept per owner (a person, a resource, an operation) and a change
// re-runs only the owners it touches — assigning someone touches that person and that operation; moving an
// operation touches it and everyone and everything assigned to it. Nothing else can change.
import { ownerConflicts, ownerKeys } from './detect.ts';
import { buildState, checkTimes, link, type RosterState } from './state.ts';
import { shiftOccurrence } from './shifts.ts';
import type { Assignment, Conflict, RosterChange, RosterRules, RosterWeek } from './types.ts';

export interface RosterIndex {
  /** The current conflicts, in the order detectConflicts() lists them. */
  conflicts(): readonly Conflict[];
  /**
   * Applies one change or several together; returns the conflicts after them. A batch with an unknown id or an
   * end before its start throws RangeError and changes nothing.
   */
  apply(change: RosterChange | readonly RosterChange[]): readonly Conflict[];
  /** The roster as it now stands, e.g. to save it or to check it from scratch. */
  snapshot(): RosterWeek;
}

const holderKey = (a: Assignment) => (a.personId !== undefined ? `p:${a.personId}` : `r:${a.resourceId}`);

function check(state: RosterState, change: RosterChange): void {
  if (change.kind === 'move') {
    if (!state.operations.has(change.operationId)) throw new RangeError(`unknown operation ${change.operationId}`);
    checkTimes({ id: change.operationId, start: change.start, end: change.end });
    return;
  }
  const a = change.assignment;
  if (!state.operations.has(a.operationId)) throw new RangeError(`unknown operation ${a.operationId}`);
  const known = a.personId !== undefined ? state.people.has(a.personId) : state.resources.has(a.resourceId);
  if (!known) throw new RangeError(`unknown ${holderKey(a)}`);
}

function touched(state: RosterState, change: RosterChange, keys: Set<string>): void {
  if (change.kind === 'move') {
    const entry = state.operations.get(change.operationId)!;
    if (entry.op.start !== change.start) entry.shift = shiftOccurrence(change.start, state.shifts);
    entry.op = { ...entry.op, start: change.start, end: change.end };
    keys.add(`o:${change.operationId}`);
    for (const id of entry.people) keys.add(`p:${id}`);
    for (const id of entry.resources) keys.add(`r:${id}`);
  } else if (link(state, change.assignment, change.kind === 'assign')) {
    keys.add(`o:${change.assignment.operationId}`);
    keys.add(holderKey(change.assignment));
  }
}

export function createRosterIndex(week: RosterWeek, rules: RosterRules): RosterIndex {
  const state = buildState(week, rules);
  // Insertion order is the listing order, and replacing a value keeps a key's place.
  const byOwner = new Map(ownerKeys(state).map((key) => [key, ownerConflicts(state, key)]));
  let current: readonly Conflict[] = [...byOwner.values()].flat();

  return {
    conflicts: () => current,
    apply(changes) {
      const list: readonly RosterChange[] = Array.isArray(changes) ? changes : [changes as RosterChange];
      for (const change of list) check(state, change);
      const keys = new Set<string>();
      for (const change of list) touched(state, change, keys);
      if (keys.size === 0) return current;
      for (const key of keys) byOwner.set(key, ownerConflicts(state, key));
      current = [...byOwner.values()].flat();
      return current;
    },
    snapshot: () => ({
      start: state.week.start,
      end: state.week.end,
      people: [...state.people.values()].map((e) => e.person),
      resources: [...state.resources.values()].map((e) => e.resource),
      operations: [...state.operations.values()].map((e) => e.op),
      assignments: [...state.operations.values()].flatMap((e): Assignment[] => [
        ...[...e.people].map((personId) => ({ operationId: e.op.id, personId })),
        ...[...e.resources].map((resourceId) => ({ operationId: e.op.id, resourceId })),
      ]),
    }),
  };
}
