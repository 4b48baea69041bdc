// Today's planned operations, drawn on Despacho's map beside the units and the incidents: those still to happen or
// under way (planned, reserved, in progress) whose planned time overlaps today's Córdoba day — a night checkpoint
// from 22:00 to 02:00 is on the map of both days. Read with the grid's own query ('operations.page'), which filters
// by planned start; an operation lasts at most 24 h, so starts from a day before today are asked for and those
// already over are dropped here.
import { MAX_BLOCK, type OperationsPageInput } from '../../../../shared/operations/query.ts';
import type { Operation } from '../../../../shared/operations/types.ts';
import { cordobaDayRange, cordobaIsoDate } from '../../../../shared/time/cordoba.ts';

const DAY_MS = 24 * 3_600_000;

/** [start, end) of the Córdoba day of `now`. */
function today(now: number): [number, number] {
  return cordobaDayRange(cordobaIsoDate(now)) ?? [now, now + DAY_MS];
}

/** The operations page that holds today's operations (and some of yesterday's, which `onToday` drops). */
export function todaysOperationsQuery(now: number): OperationsPageInput {
  const [start, end] = today(now);
  return {
    filter: { statuses: ['planned', 'reserved', 'in_progress'], from: start - DAY_MS, to: end - 1 },
    sort: { column: 'plannedStart', direction: 'asc' },
    offset: 0,
    limit: MAX_BLOCK,
  };
}

/** Those of `operations` whose planned time overlaps the Córdoba day of `now`. */
export function onToday<O extends Pick<Operation, 'plannedStart' | 'plannedEnd'>>(operations: readonly O[], now: number): O[] {
  const [start, end] = today(now);
  return operations.filter((operation) => operation.plannedEnd > start && operation.plannedStart < end);
}
