// Deterministic demo operations: the same (seed, count, until) always yields the same rows.
// Time span: `spanDays` Córdoba days ending at `until`, plus a short planned horizon after it. These are plans only
// (what the grid and the benchmarks need, a million at a time); story.ts staffs and closes them for the demo.
import { BARRIOS, DEMO_VENDING_ZONE, STREETS, type Barrio } from '../geo/barrios.ts';
import { uuidv7 } from '../ids/uuidv7.ts';
import type { Operation } from '../operations/types.ts';
import type { OperationStatus, OperationType, Shift } from '../operations/codes.ts';
import { createPrng, type Prng } from '../random/prng.ts';
import { cordobaWeek } from '../roster/shifts.ts';
import { cordobaIsoDate } from '../time/cordoba.ts';
import { calendarDays } from './calendar.ts';
import { OPERATION_PATTERNS, type OperationPattern } from './operation-patterns.ts';

export interface GenerateOptions {
  readonly seed: number;
  readonly count: number;
  /** "Now" for the data set: earlier operations are mostly closed, later ones planned. */
  readonly until: number;
  readonly spanDays?: number;
  readonly horizonDays?: number;
  /** At most this many of a type a day (a type that needs an instrument: no more at once than are in calibration). */
  readonly limitPerDay?: Partial<Readonly<Record<OperationType, number>>>;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const TEAMS = Array.from({ length: 16 }, (_, i) => `Equipo ${String(i + 1).padStart(2, '0')}`);
const CANCEL_REASONS = [
  'Lluvia intensa',
  'Personal afectado a otro operativo',
  'Evento suspendido por el organizador',
  'Móvil fuera de servicio',
];
const BARRIO_BY_NAME = new Map(BARRIOS.map((b) => [b.name, b]));

/** For each weekday, the operation types that run that day, repeated by weight (a weighted lottery). */
function typesByWeekday(): OperationType[][] {
  const patterns = Object.entries(OPERATION_PATTERNS) as [OperationType, OperationPattern][];
  return Array.from({ length: 7 }, (_, weekday) =>
    patterns.filter(([, p]) => p.weekdays.includes(weekday)).flatMap(([type, p]) => Array<OperationType>(p.weight).fill(type)),
  );
}

function shiftOf(localHour: number): Shift {
  const h = localHour % 24;
  if (h >= 6 && h < 14) return 'morning';
  if (h >= 14 && h < 22) return 'afternoon';
  return 'night';
}

function place(rng: Prng, type: OperationType, pattern: OperationPattern): { barrio: Barrio; lat: number; lng: number } {
  const barrio = pattern.barrios.length ? BARRIO_BY_NAME.get(rng.pick(pattern.barrios))! : rng.pick(BARRIOS);
  if (type === 'street_vending') {
    const z = DEMO_VENDING_ZONE;
    return { barrio, lat: z.south + rng.next() * (z.north - z.south), lng: z.west + rng.next() * (z.east - z.west) };
  }
  return { barrio, lat: barrio.lat + (rng.next() - 0.5) * 0.012, lng: barrio.lng + (rng.next() - 0.5) * 0.012 };
}

/** Past: closed (some cancelled). This week: reserved — the coordinator staffed it. Later weeks: drafts and plans. */
function statusFor(rng: Prng, start: number, end: number, until: number, weekEnd: number): OperationStatus {
  if (end <= until) return rng.chance(0.06) ? 'cancelled' : 'closed';
  if (start <= until) return 'in_progress';
  if (start < weekEnd) return 'reserved';
  return rng.chance(0.2) ? 'draft' : 'planned';
}

/** A type from the day's lottery, drawn among the others once the day has its limit of that type. */
function pickType(rng: Prng, lottery: readonly OperationType[], today: Map<OperationType, number>, limits: GenerateOptions['limitPerDay']) {
  const underLimit = (type: OperationType) => (today.get(type) ?? 0) < (limits?.[type] ?? Infinity);
  let type = rng.pick(lottery);
  if (!underLimit(type)) type = rng.pick(lottery.filter(underLimit)); // throws when every type is at its limit
  today.set(type, (today.get(type) ?? 0) + 1);
  return type;
}

export function* generateOperations(options: GenerateOptions): Generator<Operation> {
  const { seed, count, until, spanDays = 3 * 365, horizonDays = 30, limitPerDay } = options;
  const rng = createPrng(seed);
  const days = calendarDays(until - spanDays * DAY, spanDays + horizonDays);
  const lottery = typesByWeekday();
  const weekEnd = cordobaWeek(cordobaIsoDate(until)).end;
  let today = { day: -1, counts: new Map<OperationType, number>() };
  // Chronological: operation i falls on day i·days/count, so ids (UUIDv7 of the creation time) arrive
  // nearly sorted — as they would in real use — and inserting them never thrashes the id index.
  for (let i = 0; i < count; i++) {
    const dayIndex = Math.floor((i * days.length) / count);
    const day = days[dayIndex]!;
    if (today.day !== dayIndex) today = { day: dayIndex, counts: new Map() };
    const type = pickType(rng, lottery[day.weekday]!, today.counts, limitPerDay);
    const pattern = OPERATION_PATTERNS[type];
    const startHour = rng.int(pattern.startHours[0], pattern.startHours[1]);
    const plannedStart = day.start + startHour * HOUR + rng.int(0, 3) * 15 * 60_000;
    const plannedEnd = plannedStart + rng.int(pattern.durationMinutes[0], pattern.durationMinutes[1]) * 60_000;
    const status = statusFor(rng, plannedStart, plannedEnd, until, weekEnd);
    const createdAt = plannedStart - rng.int(1, 21) * DAY - rng.int(0, 8) * HOUR;
    const { barrio, lat, lng } = place(rng, type, pattern);
    yield {
      id: uuidv7(createdAt, rng.fill),
      type,
      status,
      barrio: barrio.name,
      lat: Math.round(lat * 1e6) / 1e6,
      lng: Math.round(lng * 1e6) / 1e6,
      address: `${rng.pick(STREETS)} ${rng.int(1, 60) * 100 + rng.int(0, 99)}`,
      plannedStart,
      plannedEnd,
      shift: shiftOf(startHour),
      team: rng.pick(TEAMS),
      resultSummary: status === 'closed' ? rng.pick(pattern.results) : null,
      cancelReason: status === 'cancelled' ? rng.pick(CANCEL_REASONS) : null,
      createdAt,
      updatedAt: status === 'closed' || status === 'cancelled' ? Math.min(until, plannedEnd + rng.int(1, 48) * HOUR) : createdAt,
      version: status === 'closed' ? 3 : 1,
    };
  }
}
