// One simulated patrol, as pure steps: `startPatrol` places it, `stepPatrol` advances it by dt of simulated
// time, `readGps` is what its device reports (or null while it has no signal). All randomness comes from the
// Prng passed in, so a seed replays the same patrol exactly.
//
// Movement is straight lines between waypoints near barrio centres (resources/geo/barrios.json) at a speed
// drawn per leg: vehicles 15–35 km/h on patrol and 30–50 km/h to a call, foot patrols 3–5 and 4.5–6 km/h —
// and foot patrols only walk to barrios within reach.
import { BARRIOS } from '../../shared/geo/barrios.ts';
import { bearingDeg, destination, distanceM, type LatLng } from '../../shared/live/geodesy.ts';
import type { UnitKind, UnitStatus } from '../../shared/live/units.ts';
import type { Prng } from '../../shared/random/prng.ts';
import { dwellMs, isMoving, nextStatus } from './patrol-status.ts';

export const SPEED_KMH: Readonly<Record<UnitKind, Readonly<Record<'patrol' | 'call', readonly [number, number]>>>> = {
  vehicle: { patrol: [15, 35], call: [30, 50] },
  foot: { patrol: [3, 5], call: [4.5, 6] },
};
/** How far a foot patrol walks to its next waypoint, at most (when some barrio is that close). */
export const FOOT_REACH_M = 2_500;
/** Waypoints are spread around a barrio's centre, so units do not stack on one point. */
export const WAYPOINT_SPREAD_M = 400;
/** GPS accuracy a reading claims, metres; the reported position is off by at most half of it. */
export const ACCURACY_M: readonly [number, number] = [5, 30];
/** Signal loss: on average once every 15 min per device, lasting 10–60 s. */
export const SIGNAL_LOSS = { meanIntervalMs: 15 * 60_000, durationMs: [10_000, 60_000] } as const;

export interface PatrolState {
  readonly unitId: string;
  readonly kind: UnitKind;
  /** Simulated time, epoch ms. */
  readonly at: number;
  readonly position: LatLng;
  readonly heading: number;
  readonly status: UnitStatus;
  /** When a dwelling status ends (unused while en route: that ends on arrival). */
  readonly statusUntil: number;
  readonly waypoint: LatLng;
  /** Speed of the current leg, km/h; the unit moves at it in moving statuses. */
  readonly legSpeedKmh: number;
  /** No readings before this time. */
  readonly signalLostUntil: number;
}

export interface GpsReading {
  readonly unitId: string;
  readonly lat: number;
  readonly lng: number;
  readonly accuracy: number;
  readonly speed: number;
  readonly heading: number;
  readonly status: UnitStatus;
}

const between = (rng: Prng, [min, max]: readonly [number, number]) => min + rng.next() * (max - min);
const round = (value: number, decimals: number) => Math.round(value * 10 ** decimals) / 10 ** decimals;

/** A point near a barrio: a vehicle may go anywhere, a foot patrol to a barrio within reach (else the nearest). */
function nextWaypoint(kind: UnitKind, from: LatLng, rng: Prng): LatLng {
  const others = BARRIOS.filter((b) => distanceM(from, b) > WAYPOINT_SPREAD_M);
  const near = others.filter((b) => distanceM(from, b) <= FOOT_REACH_M);
  const nearest = () => others.reduce((best, b) => (distanceM(from, b) < distanceM(from, best) ? b : best));
  const barrio = kind === 'vehicle' ? rng.pick(others) : near.length > 0 ? rng.pick(near) : nearest();
  return destination(barrio, rng.next() * 360, rng.next() * WAYPOINT_SPREAD_M);
}

function enterStatus(state: PatrolState, status: UnitStatus, rng: Prng): PatrolState {
  if (status === 'en_route') {
    const waypoint = nextWaypoint(state.kind, state.position, rng);
    return { ...state, status, statusUntil: state.at, waypoint, legSpeedKmh: between(rng, SPEED_KMH[state.kind].call) };
  }
  const next = { ...state, status, statusUntil: state.at + dwellMs(status, rng.next()) };
  if (status !== 'available') return next;
  return { ...next, waypoint: nextWaypoint(state.kind, state.position, rng), legSpeedKmh: between(rng, SPEED_KMH[state.kind].patrol) };
}

export function startPatrol(unitId: string, kind: UnitKind, at: number, rng: Prng): PatrolState {
  const barrio = rng.pick(BARRIOS);
  const position = destination(barrio, rng.next() * 360, rng.next() * WAYPOINT_SPREAD_M);
  const placed: PatrolState = {
    unitId,
    kind,
    at,
    position,
    heading: round(rng.next() * 359.9, 1),
    status: 'available',
    statusUntil: at,
    waypoint: position,
    legSpeedKmh: 0,
    signalLostUntil: at,
  };
  // Some units start mid-call or resting, so the board shows a realistic mix at once.
  const status: UnitStatus = rng.chance(0.6) ? 'available' : rng.pick(['en_route', 'on_scene', 'on_scene', 'break'] as const);
  const started = enterStatus(placed, status, rng);
  return { ...started, statusUntil: at + Math.round((started.statusUntil - at) * rng.next()) }; // part of the dwell already passed
}

/** Advances the patrol by `dtMs` of simulated time. */
export function stepPatrol(state: PatrolState, dtMs: number, rng: Prng): PatrolState {
  let s: PatrolState = { ...state, at: state.at + dtMs };
  if (s.status !== 'en_route' && s.at >= s.statusUntil) s = enterStatus(s, nextStatus(s.status, rng.next()), rng);
  if (isMoving(s.status)) s = move(s, dtMs, rng);
  if (s.at >= s.signalLostUntil && rng.chance(dtMs / SIGNAL_LOSS.meanIntervalMs)) {
    s = { ...s, signalLostUntil: s.at + Math.round(between(rng, SIGNAL_LOSS.durationMs)) };
  }
  return s;
}

/** Moves toward the waypoint; on reaching it a call starts (en route → on scene) or the patrol picks the next leg. */
function move(s: PatrolState, dtMs: number, rng: Prng): PatrolState {
  const reach = (s.legSpeedKmh / 3.6) * (dtMs / 1000);
  const remaining = distanceM(s.position, s.waypoint);
  if (remaining > reach) {
    const heading = bearingDeg(s.position, s.waypoint);
    return { ...s, heading, position: destination(s.position, heading, reach) };
  }
  const arrived = { ...s, position: s.waypoint };
  if (s.status === 'en_route') return enterStatus(arrived, 'on_scene', rng);
  return { ...arrived, waypoint: nextWaypoint(s.kind, s.waypoint, rng), legSpeedKmh: between(rng, SPEED_KMH[s.kind].patrol) };
}

/** What the device reports now: the position off by GPS error, or null while the signal is lost. */
export function readGps(s: PatrolState, rng: Prng): GpsReading | null {
  if (s.at < s.signalLostUntil) return null;
  const accuracy = between(rng, ACCURACY_M);
  const reported = destination(s.position, rng.next() * 360, (rng.next() * accuracy) / 2);
  return {
    unitId: s.unitId,
    lat: round(reported.lat, 6),
    lng: round(reported.lng, 6),
    accuracy: round(accuracy, 1),
    speed: isMoving(s.status) ? round(s.legSpeedKmh, 1) : 0,
    heading: round(s.heading, 1) % 360,
    status: s.status,
  };
}
