// The roster in lookup form, shared by the full detection and the incremental index. Everything that costs a
// time-zone computation (shift occurrence, calibration expiry, absences' days) is worked out here once per record.
import { absenceWindow } from './absences.ts';
import { calibrationValidUntil } from './calibration.ts';
import { parseShiftTimes, shiftOccurrence, type ParsedShift } from './shifts.ts';
import type { Assignment, Person, Resource, RosterOperation, RosterRules, RosterWeek } from './types.ts';

export interface OperationEntry {
  op: RosterOperation;
  /** shiftOccurrence() of its start; null = outside every shift window (then it is a working period alone). */
  shift: number | null;
  readonly people: Set<string>;
  readonly resources: Set<string>;
}

export interface ResourceEntry {
  readonly resource: Resource;
  readonly validUntil: number | null; // instruments with a calibration date only
  readonly operations: Set<string>;
}

export interface PersonEntry {
  readonly person: Person;
  /** The person's absences with their [start, end) in epoch ms. */
  readonly away: readonly AwayEntry[];
  readonly operations: Set<string>;
}

export type AwayEntry = NonNullable<Person['absences']>[number] & { readonly start: number; readonly end: number };

export interface RosterState {
  readonly week: { readonly start: number; readonly end: number };
  readonly rules: RosterRules;
  readonly shifts: readonly ParsedShift[];
  readonly people: Map<string, PersonEntry>;
  readonly resources: Map<string, ResourceEntry>;
  readonly operations: Map<string, OperationEntry>;
}

function checkRules(rules: RosterRules): readonly ParsedShift[] {
  const positive = (n: number) => Number.isFinite(n) && n >= 0;
  const { minRestHours, maxWeeklyHours, calibrationMonths } = rules;
  if (!positive(minRestHours) || !positive(maxWeeklyHours)) throw new RangeError('rest and weekly hours must be ≥ 0');
  for (const months of Object.values(calibrationMonths)) {
    if (!Number.isInteger(months) || months < 0) throw new RangeError('calibration validity must be whole months');
  }
  return parseShiftTimes(rules.shiftTimes);
}

export function checkTimes(op: { id: string; start: number; end: number }): void {
  if (!Number.isFinite(op.start) || !(op.end > op.start)) throw new RangeError(`operation ${op.id}: end must follow start`);
}

export function buildState(week: RosterWeek, rules: RosterRules): RosterState {
  const shifts = checkRules(rules);
  const unique = <T extends { id: string }, E>(items: readonly T[], entry: (item: T) => E, what: string) => {
    const map = new Map<string, E>();
    for (const item of items) {
      if (map.has(item.id)) throw new RangeError(`duplicate ${what} id ${item.id}`);
      map.set(item.id, entry(item));
    }
    return map;
  };
  const state: RosterState = {
    week: { start: week.start, end: week.end },
    rules,
    shifts,
    people: unique(
      week.people,
      (person) => ({
        person,
        away: (person.absences ?? []).map((absence) => {
          const [start, end] = absenceWindow(absence);
          return { ...absence, start, end };
        }),
        operations: new Set<string>(),
      }),
      'person',
    ),
    resources: unique(
      week.resources,
      (resource) => ({
        resource,
        validUntil:
          resource.kind !== 'vehicle' && resource.calibratedOn !== undefined
            ? calibrationValidUntil(resource.calibratedOn, rules.calibrationMonths[resource.kind])
            : null,
        operations: new Set<string>(),
      }),
      'resource',
    ),
    operations: unique(
      week.operations,
      (op) => {
        checkTimes(op);
        return { op, shift: shiftOccurrence(op.start, shifts), people: new Set<string>(), resources: new Set<string>() };
      },
      'operation',
    ),
  };
  for (const assignment of week.assignments) link(state, assignment, true);
  return state;
}

/** Adds or removes one assignment on both sides; unknown ids are a caller's bug. Returns whether it changed. */
export function link(state: RosterState, a: Assignment, on: boolean): boolean {
  const op = state.operations.get(a.operationId);
  if (!op) throw new RangeError(`unknown operation ${a.operationId}`);
  const holder = a.personId !== undefined ? state.people.get(a.personId) : state.resources.get(a.resourceId);
  if (!holder) throw new RangeError(`unknown ${a.personId !== undefined ? 'person' : 'resource'} ${a.personId ?? a.resourceId}`);
  const side = a.personId !== undefined ? op.people : op.resources;
  const id = a.personId ?? a.resourceId;
  if (side.has(id) === on) return false;
  if (on) {
    side.add(id);
    holder.operations.add(a.operationId);
  } else {
    side.delete(id);
    holder.operations.delete(a.operationId);
  }
  return true;
}
