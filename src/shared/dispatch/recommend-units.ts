// Which unit to send to an incident (issue 13): every unit, ranked by estimated arrival, or set aside with the
// reason. Pure, so the desk and the benchmark rank the same way. The estimate is straight-line distance × a road
// factor ÷ a speed, both by unit kind — settings data the caller reads for the day (laws and streets change), not
// constants here.
//
//   eligible  available, a fresh or late (amber) position, no planned operation starting within the lookahead
//   excluded  busy (any other status) · reserved (an operation starts soon) · stale (no position, or "sin señal")
import { freshness, positionAgeSeconds, type FreshnessThresholds } from '../live/freshness.ts';
import { distanceM, type LatLng } from '../live/geodesy.ts';
import type { UnitKind, UnitStatus } from '../live/units.ts';

export interface RecommendSettings {
  /** Road distance ÷ straight-line distance, by kind (streets are not straight: ~1.3 in a grid city). */
  readonly roadFactor: Readonly<Record<UnitKind, number>>;
  /** Average speed through the city, km/h, by kind. */
  readonly speedKmh: Readonly<Record<UnitKind, number>>;
  /** A unit reserved for an operation that starts within this many minutes is kept for it. */
  readonly reservationLookaheadMinutes: number;
  readonly freshness: FreshnessThresholds;
}

export interface CandidateUnit {
  readonly id: string;
  readonly kind: UnitKind;
  /** A status this version does not know counts as busy. */
  readonly status: UnitStatus | string;
  readonly position: (LatLng & { readonly receivedAt: number }) | null;
  /** Starts (epoch ms) of the planned operations the unit is reserved for. */
  readonly reservedStarts: readonly number[];
}

export type ExclusionReason = 'busy' | 'reserved' | 'stale';

/** Set aside, and why; a reserved unit says when the operation it is kept for starts ("starts at 22:00"). */
type Exclusion = { readonly excluded: 'busy' | 'stale' } | { readonly excluded: 'reserved'; readonly reservedFrom: number };

export type Recommendation =
  | { readonly unitId: string; readonly etaSeconds: number; readonly distanceM: number; readonly excluded: null }
  | ({ readonly unitId: string; readonly etaSeconds: number | null; readonly distanceM: number | null } & Exclusion);

const MINUTE = 60_000;

function exclusion(unit: CandidateUnit, now: number, settings: RecommendSettings): Exclusion | null {
  if (freshness(positionAgeSeconds(unit.position?.receivedAt, now), settings.freshness) === 'lost') return { excluded: 'stale' };
  if (unit.status !== 'available') return { excluded: 'busy' };
  const until = now + settings.reservationLookaheadMinutes * MINUTE;
  const soon = unit.reservedStarts.filter((start) => start >= now && start <= until);
  if (soon.length > 0) return { excluded: 'reserved', reservedFrom: Math.min(...soon) };
  return null;
}

function recommendation(unit: CandidateUnit, place: LatLng, now: number, settings: RecommendSettings): Recommendation {
  const excluded = exclusion(unit, now, settings);
  if (!unit.position) return { unitId: unit.id, etaSeconds: null, distanceM: null, ...(excluded ?? { excluded: 'stale' }) };
  const metres = distanceM(unit.position, place);
  const etaSeconds = Math.round((metres * settings.roadFactor[unit.kind]) / ((settings.speedKmh[unit.kind] * 1000) / 3600));
  return excluded
    ? { unitId: unit.id, etaSeconds, distanceM: metres, ...excluded }
    : { unitId: unit.id, etaSeconds, distanceM: metres, excluded: null };
}

/** Eligible units by estimated arrival (ties: nearer, then id), then the excluded ones by the same order. */
export function recommendUnits(units: readonly CandidateUnit[], place: LatLng, now: number, settings: RecommendSettings): Recommendation[] {
  const order = (a: Recommendation, b: Recommendation) =>
    Number(a.excluded !== null) - Number(b.excluded !== null) ||
    (a.etaSeconds ?? Infinity) - (b.etaSeconds ?? Infinity) ||
    (a.distanceM ?? Infinity) - (b.distanceM ?? Infinity) ||
    a.unitId.localeCompare(b.unitId);
  return units.map((unit) => recommendation(unit, place, now, settings)).sort(order);
}
