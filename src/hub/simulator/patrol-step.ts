// One simulated patrol, as pure steps: `startPatrol` places it, `stepPatrol` advances it by dt of simulated
// time, `readGps` is what its device reports (or null while it has no signal). All randomness comes from the
// Prng passed in, so a seed replays the same patrol exactly.
//
// Movement is straight lines between waypoints near barrio centres (resources/geo/barrios.json) at a speed
// drawn per leg: vehicles 15–35 km/h on patrol and 30–50 km/h to a call, foot patrols 3–5 and 4.5–6 km/h —
// and foot patrols only walk to barrios within reach.
//
// Left alone, a patrol lives the random cycle of patrol-status.ts. Sent to an incident (`followDispatch`, from what
// the hub tells its device) it does what a crew does: asignada until it sets off, en camino straight to the place,
// en escena on arrival (within ARRIVAL_M), and there until released — then it patrols again. A status a dispatcher
// set is adopted.
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
/** A crew sent to an incident is there once this close to its place (it parks where it can). */
export const ARRIVAL_M = 30;

/** The incident a patrol was sent to: where, and how many times faster than real time the call plays (demos). */
export interface PatrolCall {
  readonly place: LatLng;
  readonly pace: number;
}

/** What the hub told the device, as the patrol takes it: the incident's place, and a status a dispatcher set. */
export interface PatrolOrder {
  /** null: no incident (never sent, or released). */
  readonly place: LatLng | null;
  /** A status to adopt (null: none — the crew's own status stands). */
  readonly status: UnitStatus | null;
}

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
  /** The incident it was sent to (null: patrolling on its own). */
  readonly call: PatrolCall | null;
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
    call: null,
  };
  // Some units start mid-call or resting, so the board shows a realistic mix at once.
  const status: UnitStatus = rng.chance(0.6) ? 'available' : rng.pick(['en_route', 'on_scene', 'on_scene', 'break'] as const);
  const started = enterStatus(placed, status, rng);
  return { ...started, statusUntil: at + Math.round((started.statusUntil - at) * rng.next()) }; // part of the dwell already passed
}

/** Whether the patrol moves now: on its own in the moving statuses; sent to an incident only while en route. */
const movesNow = (s: PatrolState) => (s.call ? s.status === 'en_route' : isMoving(s.status));

/** Sets off for the incident: straight to its place, at a speed drawn for a call. */
const setOff = (s: PatrolState, call: PatrolCall, rng: Prng): PatrolState => ({
  ...s,
  status: 'en_route',
  waypoint: call.place,
  legSpeedKmh: between(rng, SPEED_KMH[s.kind].call),
});

/**
 * Takes what the hub told the device. Sent to an incident: goes there (asignada first, unless told otherwise: the
 * crew sets off after a drawn while, `pace` times sooner). Released: patrols again, in the status given
 * (available). Otherwise it only adopts a status a dispatcher set.
 */
export function followDispatch(state: PatrolState, order: PatrolOrder, rng: Prng, pace = 1): PatrolState {
  if (!order.place) {
    const status = order.status ?? (state.call ? 'available' : state.status);
    return state.call || status !== state.status ? enterStatus({ ...state, call: null }, status, rng) : state;
  }
  const call = { place: order.place, pace };
  const status = order.status ?? (state.call ? state.status : 'dispatched');
  const s: PatrolState = { ...state, call, status };
  if (status === 'en_route') return state.call && state.status === 'en_route' ? { ...s, waypoint: call.place } : setOff(s, call, rng);
  const waiting = state.call !== null && state.status === 'dispatched'; // told again (a reconnection): the clock runs on
  if (status === 'dispatched' && !waiting) return { ...s, statusUntil: state.at + dwellMs(status, rng.next()) / pace };
  return s;
}

/** Advances the patrol by `dtMs` of simulated time. */
export function stepPatrol(state: PatrolState, dtMs: number, rng: Prng): PatrolState {
  let s: PatrolState = { ...state, at: state.at + dtMs };
  if (s.call) {
    // Sent to an incident: it sets off when ready, and does nothing else of its own until released.
    if (s.status === 'dispatched' && s.at >= s.statusUntil) s = setOff(s, s.call, rng);
  } else if (s.status !== 'en_route' && s.at >= s.statusUntil) {
    s = enterStatus(s, nextStatus(s.status, rng.next()), rng);
  }
  if (movesNow(s)) s = move(s, dtMs, rng);
  if (s.at >= s.signalLostUntil && rng.chance(dtMs / SIGNAL_LOSS.meanIntervalMs)) {
    s = { ...s, signalLostUntil: s.at + Math.round(between(rng, SIGNAL_LOSS.durationMs)) };
  }
  return s;
}

/**
 * Moves toward the waypoint; on reaching it a call starts (en route → on scene) or the patrol picks the next leg.
 * Sent to an incident, it is there within ARRIVAL_M of the place, and stays on scene until released.
 */
function move(s: PatrolState, dtMs: number, rng: Prng): PatrolState {
  const reach = (s.legSpeedKmh / 3.6) * (dtMs / 1000) * (s.call?.pace ?? 1);
  const remaining = distanceM(s.position, s.waypoint);
  if (remaining > reach) {
    const heading = bearingDeg(s.position, s.waypoint);
    const moved = { ...s, heading, position: destination(s.position, heading, reach) };
    return s.call && remaining - reach <= ARRIVAL_M ? { ...moved, status: 'on_scene' } : moved;
  }
  const arrived = { ...s, position: s.waypoint };
  if (s.call) return { ...arrived, status: 'on_scene' };
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
    speed: movesNow(s) ? round(s.legSpeedKmh, 1) : 0,
    heading: round(s.heading, 1) % 360,
    status: s.status,
  };
}
