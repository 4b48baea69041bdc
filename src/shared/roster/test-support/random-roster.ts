// A seeded roster week and a stream of random edits, for the property test and the planning benchmark.
// Rough shape of the real thing: ~100 promoters (6 environment specialists), a few vehicles and instruments
// (some past their calibration), checkpoints on Thursday–Sunday nights, 2–3 people per operation.
import type { OperationType } from '../../operations/codes.ts';
import type { Prng } from '../../random/prng.ts';
import { cordobaWeek } from '../shifts.ts';
import type { Assignment, Person, Qualification, Resource, RosterChange, RosterOperation, RosterRules, RosterWeek } from '../types.ts';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Demo limits (the real ones come from dated settings): 12 h between shifts, 48 h a week. */
export const DEMO_RULES: RosterRules = {
  minRestHours: 12,
  maxWeeklyHours: 48,
  shiftTimes: {
    morning: { start: '06:00', end: '14:00' },
    afternoon: { start: '14:00', end: '22:00' },
    night: { start: '22:00', end: '06:00' },
  },
  calibrationMonths: { breathalyser: 12, sound_meter: 12 },
};

export interface RandomWeekOptions {
  readonly people: number;
  readonly resources: number;
  readonly operations: number;
  readonly weekOf: string; // 'YYYY-MM-DD'
}

const id = (prefix: string, n: number) => `${prefix}-${String(n).padStart(3, '0')}`;

function qualifications(prng: Prng, n: number): Qualification[] {
  const q: Qualification[] = [];
  if (n < 6) q.push('environment_specialist');
  if (prng.chance(0.2)) q.push('alcohol_test_operator');
  if (prng.chance(0.1)) q.push('sound_meter_operator');
  if (prng.chance(0.3)) q.push('driver');
  return q;
}

function operation(prng: Prng, n: number, weekStart: number): RosterOperation {
  const day = prng.int(0, 6); // 0 = Monday
  const type: OperationType = prng.pick([
    'alcohol_test',
    'alcohol_test',
    'noise_check',
    'noise_check',
    'public_event',
    'street_vending',
    'vacant_lot',
    'education_session',
    'camera_review',
  ]);
  // Checkpoints and noise checks at night (Córdoba UTC−3: 22:00 local is 01:00 UTC; offsets are whole hours).
  const hour = type === 'alcohol_test' || type === 'noise_check' ? prng.pick([20, 21, 22, 23]) : prng.pick([7, 8, 9, 10, 14, 15, 16, 17]);
  const start = weekStart + day * DAY + hour * HOUR + prng.pick([0, 30]) * 60_000;
  return { id: id('o', n), type, start, end: start + (prng.int(4, 10) * HOUR) / 2 };
}

export function randomWeek(prng: Prng, options: RandomWeekOptions): RosterWeek {
  const { start, end } = cordobaWeek(options.weekOf);
  const people: Person[] = Array.from({ length: options.people }, (_, n) => ({
    id: id('p', n),
    name: `Promotor ${n}`,
    qualifications: qualifications(prng, n),
  }));
  const resources: Resource[] = Array.from({ length: options.resources }, (_, n) => {
    const kind = n % 5 === 0 ? 'vehicle' : n % 2 ? 'breathalyser' : 'sound_meter';
    if (kind === 'vehicle') return { id: id('r', n), kind, label: `Móvil ${n}` };
    // Calibrated 1–14 months before the week: about one in seven is out of calibration.
    return { id: id('r', n), kind, label: `${kind} ${n}`, calibratedOn: start - prng.int(30, 425) * DAY };
  });
  const operations = Array.from({ length: options.operations }, (_, n) => operation(prng, n, start)).sort((a, b) => a.start - b.start);
  const assignments: Assignment[] = [];
  // A planner avoids the obvious clashes: each pick tries a few candidates for one who is free (12 h clear of
  // their other operations) and settles for anyone, which leaves a realistic sprinkling of conflicts.
  const busy = new Map<string, RosterOperation[]>();
  const free = (holder: string, op: RosterOperation, margin: number) =>
    (busy.get(holder) ?? []).every((o) => o.end + margin <= op.start || op.end + margin <= o.start);
  const pick = <T extends { id: string }>(from: readonly T[], op: RosterOperation, margin: number, taken: Set<string>): T | undefined => {
    if (!from.length) return undefined;
    let choice = prng.pick(from);
    for (let tries = 0; tries < 12 && (taken.has(choice.id) || !free(choice.id, op, margin)); tries++) choice = prng.pick(from);
    busy.set(choice.id, [...(busy.get(choice.id) ?? []), op]);
    return choice;
  };
  const ofKind = (kind: Resource['kind']) => resources.filter((r) => r.kind === kind);
  for (const op of operations) {
    const team = new Set<string>();
    const qualified = op.type === 'alcohol_test' ? 'alcohol_test_operator' : op.type === 'noise_check' ? 'sound_meter_operator' : null;
    if (qualified && prng.chance(0.9)) {
      const operator = pick(
        people.filter((p) => p.qualifications.includes(qualified)),
        op,
        12 * HOUR,
        team,
      );
      if (operator) team.add(operator.id);
    }
    const size = prng.int(2, 3);
    while (team.size < size) team.add(pick(people, op, 12 * HOUR, team)!.id);
    for (const personId of team) assignments.push({ operationId: op.id, personId });
    const instrument = op.type === 'alcohol_test' ? 'breathalyser' : op.type === 'noise_check' ? 'sound_meter' : null;
    const device = instrument && prng.chance(0.9) ? pick(ofKind(instrument), op, 0, new Set()) : undefined;
    if (device) assignments.push({ operationId: op.id, resourceId: device.id });
    const vehicle = prng.chance(0.4) ? pick(ofKind('vehicle'), op, 0, new Set()) : undefined;
    if (vehicle) assignments.push({ operationId: op.id, resourceId: vehicle.id });
  }
  return { start, end, people, resources, operations, assignments };
}

/**
 * Random single edits of a week, kept in a plain model of its own (not the index's), so that a test can
 * recompute the model from scratch and compare. Some edits are no-ops (assigning who is already there).
 */
export function randomEdits(prng: Prng, initial: RosterWeek) {
  const ops = new Map(initial.operations.map((op) => [op.id, op]));
  const assigned = new Map<string, Assignment>();
  const keyOf = (a: Assignment) => `${a.operationId}|${a.personId ?? ''}|${a.resourceId ?? ''}`;
  for (const a of initial.assignments) assigned.set(keyOf(a), a);
  const opIds = [...ops.keys()];

  function next(): RosterChange {
    const roll = prng.next();
    const operationId = prng.pick(opIds);
    if (roll < 0.3) return { kind: 'assign', assignment: { operationId, personId: prng.pick(initial.people).id } };
    if (roll < 0.4) return { kind: 'assign', assignment: { operationId, resourceId: prng.pick(initial.resources).id } };
    if (roll < 0.7 && assigned.size) return { kind: 'unassign', assignment: prng.pick([...assigned.values()]) };
    const op = ops.get(operationId)!;
    const start = op.start + (prng.int(-24, 24) * HOUR) / 2; // drag to another time or day
    return { kind: 'move', operationId, start, end: start + (prng.chance(0.2) ? (prng.int(2, 12) * HOUR) / 2 : op.end - op.start) };
  }

  function record(change: RosterChange): void {
    if (change.kind === 'move') ops.set(change.operationId, { ...ops.get(change.operationId)!, start: change.start, end: change.end });
    else if (change.kind === 'assign') assigned.set(keyOf(change.assignment), change.assignment);
    else assigned.delete(keyOf(change.assignment));
  }

  return {
    /** The next random edit, already recorded in the model. */
    next(): RosterChange {
      const change = next();
      record(change);
      return change;
    },
    week: (): RosterWeek => ({ ...initial, operations: [...ops.values()], assignments: [...assigned.values()] }),
  };
}
