import { describe, expect, it } from 'vitest';
import { countUnitsByStatus, EMPTY_UNIT_COUNTS, sameUnitCounts } from './unit-summary.ts';
import type { UnitStatus } from './units.ts';

const units = (...statuses: string[]) => statuses.map((status) => ({ status: status as UnitStatus }));

describe('countUnitsByStatus', () => {
  it('counts nothing in an empty board, every status present', () => {
    expect(countUnitsByStatus([])).toEqual({
      total: 0,
      byStatus: { available: 0, dispatched: 0, en_route: 0, on_scene: 0, break: 0, out_of_service: 0 },
    });
    expect(countUnitsByStatus([])).toEqual(EMPTY_UNIT_COUNTS);
  });

  it('counts each status', () => {
    const counts = countUnitsByStatus(
      units('available', 'available', 'en_route', 'on_scene', 'available', 'break', 'out_of_service', 'en_route'),
    );
    expect(counts).toEqual({
      total: 8,
      byStatus: { available: 3, dispatched: 0, en_route: 2, on_scene: 1, break: 1, out_of_service: 1 },
    });
  });

  it('counts a status it does not know in the total only', () => {
    const counts = countUnitsByStatus(units('available', 'training', 'toString'));
    expect(counts.total).toBe(3);
    expect(counts.byStatus).toEqual({ available: 1, dispatched: 0, en_route: 0, on_scene: 0, break: 0, out_of_service: 0 });
  });

  it('accepts any iterable (the board passes its Map of rows)', () => {
    const rows = new Map([
      ['a', { status: 'on_scene' as const }],
      ['b', { status: 'on_scene' as const }],
    ]);
    expect(countUnitsByStatus(rows.values()).byStatus.on_scene).toBe(2);
  });
});

describe('sameUnitCounts', () => {
  it('compares the total and every status', () => {
    const a = countUnitsByStatus(units('available', 'break'));
    expect(sameUnitCounts(a, countUnitsByStatus(units('break', 'available')))).toBe(true);
    expect(sameUnitCounts(a, countUnitsByStatus(units('available', 'on_scene')))).toBe(false);
    expect(sameUnitCounts(a, countUnitsByStatus(units('available', 'break', 'break')))).toBe(false);
    expect(sameUnitCounts(a, countUnitsByStatus(units('available', 'break', 'unknown')))).toBe(false);
  });
});
