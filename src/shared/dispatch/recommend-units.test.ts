import { describe, expect, it } from 'vitest';
import { recommendUnits, type CandidateUnit, type RecommendSettings } from './recommend-units.ts';

const NOW = Date.UTC(2026, 11, 5, 15);
const PLACE = { lat: -31.4167, lng: -64.1833 };
/** About 1 km north of PLACE per 0.008993°. */
const north = (km: number) => ({ lat: PLACE.lat + km * 0.008993, lng: PLACE.lng, receivedAt: NOW - 5_000 });
const SETTINGS: RecommendSettings = {
  roadFactor: { vehicle: 1.3, foot: 1.2 },
  speedKmh: { vehicle: 30, foot: 5 },
  reservationLookaheadMinutes: 30,
  freshness: { amberAfterSeconds: 30, lostAfterSeconds: 120 },
};
const unit = (id: string, over: Partial<CandidateUnit> = {}): CandidateUnit => ({
  id,
  kind: 'vehicle',
  status: 'available',
  position: north(1),
  reservedStarts: [],
  ...over,
});

describe('recommendUnits', () => {
  it('estimates arrival from straight-line distance × the road factor ÷ the speed of the unit kind', () => {
    const [vehicle, foot] = recommendUnits(
      [unit('v', { position: north(2) }), unit('f', { kind: 'foot', position: north(0.5) })],
      PLACE,
      NOW,
      SETTINGS,
    );
    // 2 km × 1.3 at 30 km/h = 312 s; 0.5 km × 1.2 at 5 km/h = 432 s: the farther vehicle arrives first
    expect(vehicle).toMatchObject({ unitId: 'v', excluded: null });
    expect(vehicle!.etaSeconds).toBeCloseTo(312, -1);
    expect(foot).toMatchObject({ unitId: 'f', excluded: null });
    expect(foot!.etaSeconds).toBeCloseTo(432, -1);
  });

  it.each<[string, Partial<CandidateUnit>, string]>([
    ['asignada (sent to another incident)', { status: 'dispatched' }, 'busy'],
    ['en camino', { status: 'en_route' }, 'busy'],
    ['en escena', { status: 'on_scene' }, 'busy'],
    ['descanso', { status: 'break' }, 'busy'],
    ['fuera de servicio', { status: 'out_of_service' }, 'busy'],
    ['a status from a newer hub', { status: 'patrolling' }, 'busy'],
    ['an operation starting in 10 minutes', { reservedStarts: [NOW + 10 * 60_000] }, 'reserved'],
    ['an operation starting right now', { reservedStarts: [NOW] }, 'reserved'],
    ['an operation starting exactly at the lookahead (30 min)', { reservedStarts: [NOW + 30 * 60_000] }, 'reserved'],
    ['one operation past the lookahead and one within it', { reservedStarts: [NOW + 90 * 60_000, NOW + 20 * 60_000] }, 'reserved'],
    ['no position', { position: null }, 'stale'],
    ['sin señal (last report 3 minutes ago)', { position: { ...north(1), receivedAt: NOW - 180_000 } }, 'stale'],
    ['sin señal (last report 121 s ago)', { position: { ...north(1), receivedAt: NOW - 121_000 } }, 'stale'],
    ['sin señal and busy: stale says more', { status: 'on_scene', position: { ...north(1), receivedAt: NOW - 180_000 } }, 'stale'],
  ])('sets aside a unit with %s', (_, over, reason) => {
    const ranked = recommendUnits([unit('x', over), unit('ok', { position: north(3) })], PLACE, NOW, SETTINGS);
    expect(ranked.map((r) => [r.unitId, r.excluded])).toEqual([
      ['ok', null],
      ['x', reason],
    ]);
  });

  it('says when the operation a reserved unit is kept for starts (the earliest within the lookahead)', () => {
    const starts = [NOW + 25 * 60_000, NOW + 10 * 60_000, NOW + 90 * 60_000, NOW - 60_000];
    const [reserved] = recommendUnits([unit('x', { reservedStarts: starts })], PLACE, NOW, SETTINGS);
    expect(reserved).toMatchObject({ excluded: 'reserved', reservedFrom: NOW + 10 * 60_000 });
    const [busy] = recommendUnits([unit('y', { status: 'break', reservedStarts: starts })], PLACE, NOW, SETTINGS);
    expect(busy).toEqual(expect.objectContaining({ excluded: 'busy' }));
    expect(busy).not.toHaveProperty('reservedFrom');
  });

  it.each<[string, Partial<CandidateUnit>]>([
    ['a late (amber) position', { position: { ...north(1), receivedAt: NOW - 60_000 } }],
    ['an operation starting after the lookahead', { reservedStarts: [NOW + 31 * 60_000] }],
    ['an operation starting 1 ms after the lookahead', { reservedStarts: [NOW + 30 * 60_000 + 1] }],
    ['a position exactly lostAfterSeconds old (late, not lost)', { position: { ...north(1), receivedAt: NOW - 120_000 } }],
    ['a position 120.9 s old (120 whole seconds: late)', { position: { ...north(1), receivedAt: NOW - 120_900 } }],
    ['an operation that already started (it is not kept for it)', { reservedStarts: [NOW - 60_000] }],
  ])('keeps a unit with %s', (_, over) => {
    expect(recommendUnits([unit('x', over)], PLACE, NOW, SETTINGS)[0]!.excluded).toBeNull();
  });

  it('orders eligible units by arrival, then excluded ones the same way; ties by distance, then id', () => {
    const ranked = recommendUnits(
      [
        unit('far', { position: north(3) }),
        unit('busy-near', { status: 'en_route', position: north(0.2) }),
        unit('b-near', { position: north(1) }),
        unit('a-near', { position: north(1) }),
        unit('lost', { position: null }),
        unit('busy-far', { status: 'break', position: north(4) }),
      ],
      PLACE,
      NOW,
      SETTINGS,
    );
    expect(ranked.map((r) => r.unitId)).toEqual(['a-near', 'b-near', 'far', 'busy-near', 'busy-far', 'lost']);
  });

  it('ranks nothing for no units', () => {
    expect(recommendUnits([], PLACE, NOW, SETTINGS)).toEqual([]);
  });
});
