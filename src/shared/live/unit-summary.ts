// The board's summary line: how many units there are and how many in each status.
import { UNIT_STATUSES, type Unit, type UnitStatus } from './units.ts';

export interface UnitCounts {
  /** Every unit, including any with a status this version does not know (sent by a newer hub). */
  readonly total: number;
  readonly byStatus: Readonly<Record<UnitStatus, number>>;
}

const zeroByStatus = (): Record<UnitStatus, number> =>
  Object.fromEntries(UNIT_STATUSES.map((status) => [status, 0])) as Record<UnitStatus, number>;

export const EMPTY_UNIT_COUNTS: UnitCounts = { total: 0, byStatus: zeroByStatus() };

export function countUnitsByStatus(units: Iterable<Pick<Unit, 'status'>>): UnitCounts {
  const byStatus = zeroByStatus();
  let total = 0;
  for (const { status } of units) {
    total++;
    if (Object.hasOwn(byStatus, status)) byStatus[status]++;
  }
  return { total, byStatus };
}

export function sameUnitCounts(a: UnitCounts, b: UnitCounts): boolean {
  return a.total === b.total && UNIT_STATUSES.every((status) => a.byStatus[status] === b.byStatus[status]);
}
