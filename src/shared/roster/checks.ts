// The conflict checks, split by what each one depends on, so that a change re-runs only the checks it can
// affect: a person's checks read only that person's operations, a resource's only its operations, an
// operation's only its own type, times and assignees.
import { requirementsOf, VEHICLE_NEEDS } from './requirements.ts';
import type { OperationEntry, RosterState } from './state.ts';
import type { Conflict } from './types.ts';

const MINUTE = 60_000;
const HOUR = 3_600_000;

/** Earlier start first; ties by id, so that every run lists the same pairs the same way round. */
const byStart = (a: OperationEntry, b: OperationEntry) => a.op.start - b.op.start || (a.op.id < b.op.id ? -1 : a.op.id > b.op.id ? 1 : 0);

function entries(state: RosterState, ids: ReadonlySet<string>): OperationEntry[] {
  return [...ids].map((id) => state.operations.get(id)!).sort(byStart);
}

/** Every overlapping pair [earlier, later] with the overlap in minutes. */
function overlaps(sorted: readonly OperationEntry[]): [OperationEntry, OperationEntry, number][] {
  const pairs: [OperationEntry, OperationEntry, number][] = [];
  let active: OperationEntry[] = [];
  for (const later of sorted) {
    active = active.filter((earlier) => earlier.op.end > later.op.start);
    for (const earlier of active) {
      pairs.push([earlier, later, (Math.min(earlier.op.end, later.op.end) - later.op.start) / MINUTE]);
    }
    active.push(later);
  }
  return pairs;
}

export function personConflicts(state: RosterState, personId: string): Conflict[] {
  const { person, away, operations } = state.people.get(personId)!;
  const ops = entries(state, operations);
  const out: Conflict[] = [];
  // Someone who no longer works here, or is away on a day of the operation (any part of it), cannot do it.
  for (const { op } of ops) {
    const absence = away.find((a) => a.start < op.end && op.start < a.end);
    if (person.active === false) out.push({ kind: 'person_unavailable', personId, operationId: op.id, reason: 'inactive' });
    else if (absence)
      out.push({ kind: 'person_unavailable', personId, operationId: op.id, reason: absence.kind, from: absence.from, to: absence.to });
  }
  out.push(
    ...overlaps(ops).map(([a, b, overlapMinutes]): Conflict => ({
      kind: 'double_booking',
      subject: 'person',
      subjectId: personId,
      operationIds: [a.op.id, b.op.id],
      overlapMinutes,
    })),
  );

  // Working periods: the person's operations within one shift occurrence. Rest is measured between periods,
  // not between operations, so two operations in the same shift never count as too little rest.
  const periods = new Map<number | string, { first: OperationEntry; last: OperationEntry }>();
  for (const e of ops) {
    const key = e.shift ?? e.op.id;
    const period = periods.get(key);
    if (!period) periods.set(key, { first: e, last: e });
    else if (e.op.end > period.last.op.end) period.last = e;
  }
  const minRest = state.rules.minRestHours * HOUR;
  let previous: OperationEntry | undefined; // the operation that ends latest so far
  for (const { first, last } of [...periods.values()].sort((a, b) => byStart(a.first, b.first))) {
    if (previous) {
      const rest = first.op.start - previous.op.end;
      // A negative gap is an overlap, already reported as a double booking (or shift windows that overlap).
      if (rest >= 0 && rest < minRest) {
        out.push({
          kind: 'short_rest',
          personId,
          operationIds: [previous.op.id, first.op.id],
          restHours: rest / HOUR,
          minRestHours: state.rules.minRestHours,
        });
      }
    }
    if (!previous || last.op.end > previous.op.end) previous = last;
  }

  // Hours worked inside the week: the union of the operations, so an overlap is not paid twice.
  const { start: weekStart, end: weekEnd } = state.week;
  let worked = 0;
  let coveredUntil = -Infinity;
  const counted: string[] = [];
  for (const { op } of ops) {
    const from = Math.max(op.start, weekStart, coveredUntil);
    const to = Math.min(op.end, weekEnd);
    if (op.end > weekStart && op.start < weekEnd) counted.push(op.id);
    if (to > from) worked += to - from;
    coveredUntil = Math.max(coveredUntil, Math.min(op.end, weekEnd));
  }
  if (worked > state.rules.maxWeeklyHours * HOUR) {
    out.push({ kind: 'weekly_hours', personId, operationIds: counted, hours: worked / HOUR, maxHours: state.rules.maxWeeklyHours });
  }
  return out;
}

export function resourceConflicts(state: RosterState, resourceId: string): Conflict[] {
  const entry = state.resources.get(resourceId)!;
  const ops = entries(state, entry.operations);
  // A vehicle in the workshop now is not planned for (its status has no dates: it is out until it comes back).
  const out: Conflict[] =
    entry.resource.status === 'workshop'
      ? ops.map(({ op }) => ({ kind: 'resource_unavailable', resourceId, operationId: op.id, reason: 'workshop' }))
      : [];
  for (const [a, b, overlapMinutes] of overlaps(ops)) {
    const operationIds = [a.op.id, b.op.id] as const;
    out.push(
      entry.resource.kind === 'vehicle'
        ? { kind: 'vehicle_reserved', resourceId, operationIds, overlapMinutes }
        : { kind: 'double_booking', subject: 'resource', subjectId: resourceId, operationIds, overlapMinutes },
    );
  }
  return out;
}

export function operationConflicts(state: RosterState, operationId: string): Conflict[] {
  const entry = state.operations.get(operationId)!;
  const { op } = entry;
  const out: Conflict[] = [];
  const people = [...entry.people].map((id) => state.people.get(id)!.person);
  const resources = [...entry.resources].map((id) => state.resources.get(id)!);
  const needs = requirementsOf(op.type);
  const peopleNeeds = resources.some((r) => r.resource.kind === 'vehicle') ? [...needs.people, VEHICLE_NEEDS] : needs.people;
  for (const anyOf of peopleNeeds) {
    if (!people.some((p) => p.qualifications.some((q) => anyOf.includes(q)))) {
      out.push({ kind: 'missing_qualification', operationId, anyOf });
    }
  }
  const vehicles = resources.filter((r) => r.resource.kind === 'vehicle');
  if (vehicles.length > 0 && vehicles.every((v) => v.resource.seats !== undefined)) {
    const seats = vehicles.reduce((sum, v) => sum + v.resource.seats!, 0);
    if (people.length > seats) out.push({ kind: 'vehicle_seats', operationId, seats, people: people.length });
  }
  for (const kind of needs.instruments) {
    if (!resources.some((r) => r.resource.kind === kind)) out.push({ kind: 'missing_equipment', operationId, resourceKind: kind });
  }
  for (const { resource, validUntil } of [...resources].sort((a, b) => (a.resource.id < b.resource.id ? -1 : 1))) {
    if (resource.kind === 'vehicle') continue;
    // Every reading of the operation must be taken with a valid calibration, so the operation's end decides.
    if (validUntil === null || op.end > validUntil) {
      out.push({
        kind: 'equipment_out_of_calibration',
        operationId,
        resourceId: resource.id,
        calibratedOn: resource.calibratedOn ?? null,
        validUntil,
        validityMonths: state.rules.calibrationMonths[resource.kind],
      });
    }
  }
  return out;
}
