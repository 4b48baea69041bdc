import { describe, expect, it } from 'vitest';
import type { RecommendedUnit } from '../../../../shared/api/dispatch.ts';
import { distanceText, recommendOptions } from './recommend-text.ts';
import { deskText } from './test-support/desk-text.ts';

// 21:30 in Córdoba (UTC−3).
const NOW = Date.UTC(2026, 11, 6, 0, 30);
const unit = (over: Partial<RecommendedUnit> & Pick<RecommendedUnit, 'unitId'>): RecommendedUnit =>
  ({
    callSign: over.unitId,
    kind: 'vehicle',
    status: 'available',
    task: null,
    etaSeconds: 240,
    distanceM: 1_234,
    excluded: null,
    ...over,
  }) as RecommendedUnit;

describe('recommendOptions', () => {
  it.each([
    ['an eligible unit by arrival and distance', unit({ unitId: 'Móvil 03' }), true, 'Móvil 03 — Móvil — 4 min · 1,2 km'],
    [
      'a unit arriving in seconds says 1 min, not 0',
      unit({ unitId: 'Pie 01', kind: 'foot', etaSeconds: 20, distanceM: 24 }),
      true,
      'Pie 01 — A pie — 1 min · 20 m',
    ],
    [
      'a busy unit with its status',
      unit({ unitId: 'Móvil 04', status: 'on_scene', excluded: 'busy' }),
      false,
      'Móvil 04 — Móvil — ocupada (En escena)',
    ],
    [
      'a reserved unit with the start of its operation, Córdoba time',
      unit({ unitId: 'Móvil 05', excluded: 'reserved', reservedFrom: Date.UTC(2026, 11, 6, 1, 0) }),
      false,
      'Móvil 05 — Móvil — reservada para un operativo que empieza a las 22:00',
    ],
    [
      'a stale unit, with or without a position',
      unit({ unitId: 'Pie 02', kind: 'foot', excluded: 'stale', etaSeconds: null, distanceM: null }),
      false,
      'Pie 02 — A pie — sin señal',
    ],
  ])('%s', async (_, recommended, eligible, label) => {
    const [option] = recommendOptions(await deskText('es-AR'), [recommended], [], NOW);
    expect(option).toMatchObject({ unitId: recommended.unitId, callSign: recommended.callSign, eligible, label });
  });

  it('leaves out the units already working the incident, keeping the order', async () => {
    const units = [unit({ unitId: 'a' }), unit({ unitId: 'b' }), unit({ unitId: 'c', excluded: 'busy', status: 'dispatched' })];
    expect(recommendOptions(await deskText('es-AR'), units, ['b'], NOW).map((o) => o.unitId)).toEqual(['a', 'c']);
  });

  it('speaks English too', async () => {
    const units = [unit({ unitId: 'Unit 5', excluded: 'reserved', reservedFrom: Date.UTC(2026, 11, 6, 1, 0) }), unit({ unitId: 'Unit 6' })];
    expect(recommendOptions(await deskText('en'), units, [], NOW).map((o) => o.detail)).toEqual([
      'reserved for an operation starting at 22:00',
      '4 min · 1.2 km',
    ]);
  });
});

describe('distanceText', () => {
  it.each([
    [4, '0 m'],
    [846, '850 m'],
    [994, '990 m'],
    [996, '1 km'],
    [1_234, '1,2 km'],
    [12_340, '12,3 km'],
  ])('%i m reads %s', async (metres, text) => {
    expect(distanceText(await deskText('es-AR'), metres)).toBe(text);
  });
});
