import { describe, expect, it } from 'vitest';
import { bearingDeg, destination, distanceM, type LatLng } from '../../shared/live/geodesy.ts';
import { createPrng } from '../../shared/random/prng.ts';
import { STATUS_DWELL_MS } from './patrol-status.ts';
import { ARRIVAL_M, followDispatch, readGps, SPEED_KMH, startPatrol, stepPatrol, type PatrolState } from './patrol-step.ts';

const T0 = Date.UTC(2026, 10, 26, 15);
const CENTRO: LatLng = { lat: -31.4178, lng: -64.1806 };

function patrol(overrides: Partial<PatrolState>): PatrolState {
  return {
    unitId: 'movil-01',
    kind: 'vehicle',
    at: T0,
    position: CENTRO,
    heading: 0,
    status: 'available',
    statusUntil: T0 + 600_000,
    waypoint: destination(CENTRO, 0, 1000),
    legSpeedKmh: 36,
    signalLostUntil: T0,
    call: null,
    ...overrides,
  };
}

describe('stepPatrol', () => {
  it.each<[string, Partial<PatrolState>, number, number]>([
    ['a vehicle on patrol at 36 km/h covers 10 m a second', {}, 1000, 10],
    ['a vehicle en route at 50 km/h covers ~69 m in 5 s', { status: 'en_route', legSpeedKmh: 50 }, 5000, 69.44],
    ['a foot patrol at 4.5 km/h covers 1.25 m a second', { kind: 'foot', legSpeedKmh: 4.5 }, 1000, 1.25],
    ['a unit on scene stays put', { status: 'on_scene' }, 1000, 0],
    ['a unit on a break stays put', { status: 'break' }, 1000, 0],
    ['a unit out of service stays put', { status: 'out_of_service' }, 1000, 0],
  ])('%s', (_, overrides, dtMs, metres) => {
    const before = patrol(overrides);
    const after = stepPatrol(before, dtMs, createPrng(1));
    expect(after.at).toBe(T0 + dtMs);
    expect(distanceM(before.position, after.position)).toBeCloseTo(metres, 1);
    if (metres > 0) expect(after.heading).toBeCloseTo(bearingDeg(before.position, before.waypoint), 6);
  });

  it('arriving en route puts the unit on scene, stationary, for an on-scene dwell', () => {
    const after = stepPatrol(patrol({ status: 'en_route', waypoint: destination(CENTRO, 90, 5) }), 1000, createPrng(2));
    expect(after.status).toBe('on_scene');
    expect(after.statusUntil - after.at).toBeGreaterThanOrEqual(STATUS_DWELL_MS.on_scene[0]);
    expect(after.statusUntil - after.at).toBeLessThanOrEqual(STATUS_DWELL_MS.on_scene[1]);
    expect(readGps(after, createPrng(3))?.speed).toBe(0);
  });

  it('reaching a patrol waypoint starts a new leg toward another barrio at a patrol speed', () => {
    const after = stepPatrol(patrol({ waypoint: destination(CENTRO, 90, 5) }), 1000, createPrng(4));
    expect(after.status).toBe('available');
    expect(distanceM(after.waypoint, CENTRO)).toBeGreaterThan(400);
    expect(after.legSpeedKmh).toBeGreaterThanOrEqual(SPEED_KMH.vehicle.patrol[0]);
    expect(after.legSpeedKmh).toBeLessThanOrEqual(SPEED_KMH.vehicle.patrol[1]);
  });

  it.each<[PatrolState['status'], readonly PatrolState['status'][]]>([
    ['available', ['en_route', 'break', 'out_of_service']],
    ['on_scene', ['available', 'break', 'out_of_service']],
    ['break', ['available']],
    ['out_of_service', ['available']],
  ])('when the dwell in %s ends, the next status is one of %j', (status, allowed) => {
    const after = stepPatrol(patrol({ status, statusUntil: T0 + 500 }), 1000, createPrng(5));
    expect(allowed).toContain(after.status);
  });

  it('a unit without signal sends no reading until the loss is over', () => {
    const lost = patrol({ signalLostUntil: T0 + 30_000 });
    expect(readGps(lost, createPrng(6))).toBeNull();
    expect(readGps({ ...lost, at: T0 + 30_000 }, createPrng(6))).not.toBeNull();
  });

  it('a reading is off by GPS error within half its stated accuracy', () => {
    const rng = createPrng(7);
    for (let i = 0; i < 200; i++) {
      const reading = readGps(patrol({}), rng)!;
      expect(reading.accuracy).toBeGreaterThanOrEqual(5);
      expect(reading.accuracy).toBeLessThanOrEqual(30);
      expect(distanceM(CENTRO, reading)).toBeLessThanOrEqual(reading.accuracy / 2 + 0.2);
    }
  });

  it('starts a unit near a barrio, some of them mid-call or resting', () => {
    const starts = Array.from({ length: 50 }, (_, i) => startPatrol(`pie-${i}`, 'foot', T0, createPrng(i)));
    expect(new Set(starts.map((s) => s.status)).size).toBeGreaterThan(2);
    for (const s of starts) expect(s.status === 'en_route' || s.statusUntil >= T0).toBe(true);
  });
});

describe('a patrol sent to an incident', () => {
  const PLACE = destination(CENTRO, 45, 1500);
  const sent = (overrides: Partial<PatrolState> = {}, pace = 1) =>
    followDispatch(patrol(overrides), { place: PLACE, status: 'dispatched' }, createPrng(8), pace);

  /** Steps the patrol second by second until `done`; returns every state it went through. */
  function run(state: PatrolState, done: (s: PatrolState) => boolean, maxSeconds = 3600): PatrolState[] {
    const states = [state];
    const rng = createPrng(9);
    while (!done(states.at(-1)!) && states.length <= maxSeconds) states.push(stepPatrol(states.at(-1)!, 1000, rng));
    return states;
  }

  it('adopts asignada and waits for the crew, stationary and silent on speed, then sets off en camino', () => {
    const dispatched = sent({ status: 'break' });
    expect(dispatched).toMatchObject({ status: 'dispatched', call: { place: PLACE, pace: 1 } });
    const wait = dispatched.statusUntil - dispatched.at;
    expect(wait).toBeGreaterThanOrEqual(STATUS_DWELL_MS.dispatched[0]);
    expect(wait).toBeLessThanOrEqual(STATUS_DWELL_MS.dispatched[1]);
    const states = run(dispatched, (s) => s.status !== 'dispatched');
    expect(states.slice(0, -1).every((s) => distanceM(s.position, CENTRO) === 0 && readGps(s, createPrng(1))!.speed === 0)).toBe(true);
    const enRoute = states.at(-1)!;
    expect(enRoute.at - dispatched.at).toBeGreaterThanOrEqual(wait);
    expect(enRoute).toMatchObject({ status: 'en_route', waypoint: PLACE });
    expect(enRoute.legSpeedKmh).toBeGreaterThanOrEqual(SPEED_KMH.vehicle.call[0]);
  });

  it('drives straight there at a call speed, is on scene within ARRIVAL_M, and stays until released', () => {
    const states = run(sent(), (s) => s.status === 'on_scene');
    const arrived = states.at(-1)!;
    expect(arrived.status).toBe('on_scene');
    expect(distanceM(arrived.position, PLACE)).toBeLessThanOrEqual(ARRIVAL_M);
    const driving = states.filter((s) => s.status === 'en_route');
    const metresPerSecond = driving[0]!.legSpeedKmh / 3.6;
    expect(driving.length).toBeCloseTo((1500 - ARRIVAL_M) / metresPerSecond, -1); // one step a second at the leg’s speed
    const later = run(arrived, () => false, 4 * 3600).at(-1)!; // hours later: no dwell of its own ends it
    expect(later).toMatchObject({ status: 'on_scene', position: arrived.position });
  });

  it('plays `pace` times faster: setting off and driving', () => {
    const slow = run(sent(), (s) => s.status === 'on_scene');
    const fast = run(sent({}, 10), (s) => s.status === 'on_scene');
    expect(fast.length).toBeLessThan(slow.length / 5);
    expect(fast.length).toBeLessThanOrEqual(40); // 1.5 km away: en escena within ~40 s, as an e2e test needs
    expect(fast.every((s) => s.status === 'on_scene' || readGps(s, createPrng(1))!.speed <= SPEED_KMH.vehicle.call[1])).toBe(true);
  });

  it('released, it is available and patrols again', () => {
    const onScene = run(sent(), (s) => s.status === 'on_scene').at(-1)!;
    const released = followDispatch(onScene, { place: null, status: 'available' }, createPrng(10));
    expect(released).toMatchObject({ status: 'available', call: null });
    expect(distanceM(stepPatrol(released, 1000, createPrng(11)).position, released.position)).toBeGreaterThan(0);
  });

  it.each<[string, PatrolState['status']]>([
    ['en camino: it sets off at once', 'en_route'],
    ['en escena: it is taken as there', 'on_scene'],
  ])('adopts a status a dispatcher set — %s', (_, status) => {
    const adopted = followDispatch(sent(), { place: PLACE, status }, createPrng(12));
    expect(adopted.status).toBe(status);
    expect(stepPatrol(adopted, 1000, createPrng(13)).status).toBe(status);
  });

  it('told the same again (a reconnection) keeps waiting where it was, and without a status keeps its own', () => {
    const dispatched = sent();
    const again = followDispatch({ ...dispatched, at: dispatched.at + 5_000 }, { place: PLACE, status: 'dispatched' }, createPrng(14));
    expect(again.statusUntil).toBe(dispatched.statusUntil);
    const enRoute = followDispatch(sent(), { place: PLACE, status: 'en_route' }, createPrng(15));
    expect(followDispatch(enRoute, { place: PLACE, status: null }, createPrng(16))).toEqual(enRoute);
  });

  it('a patrol told nothing new by a device-set status keeps what it does', () => {
    const own = patrol({ status: 'break' });
    expect(followDispatch(own, { place: null, status: null }, createPrng(17))).toBe(own);
  });
});
