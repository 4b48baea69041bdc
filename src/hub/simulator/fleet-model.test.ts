// The simulated fleet as a whole: deterministic for a seed, and plausible over a few simulated hours.
import { describe, expect, it } from 'vitest';
import { destination, distanceM } from '../../shared/live/geodesy.ts';
import type { Telemetry } from '../../shared/hub-protocol/field.ts';
import type { UnitStatus } from '../../shared/live/units.ts';
import { demoFleet } from '../../shared/demo/fleet.ts';
import { createFleetModel, type FleetUnit } from './fleet-model.ts';
import { STATUS_TRANSITIONS } from './patrol-status.ts';
import { ARRIVAL_M, SPEED_KMH, type PatrolState } from './patrol-step.ts';

const T0 = Date.UTC(2026, 10, 26, 15);
const FLEET: FleetUnit[] = demoFleet(24).map((u) => ({ unitId: u.id, kind: u.kind }));
const CENTRE = { lat: -31.4167, lng: -64.1833 }; // Plaza San Martín
const HALF_SIDE_M = 12_000; // the municipal area: a 24 km square

function run(seed: number, ticks: number, dtMs = 1000): Telemetry[][] {
  const model = createFleetModel(FLEET, seed, T0);
  return Array.from({ length: ticks }, (_, i) => model.tick(dtMs, T0 + (i + 1) * dtMs));
}

describe('fleet model', () => {
  it('replays the same telemetry for the same seed, and other telemetry for another seed', () => {
    const first = run(42, 300);
    expect(run(42, 300)).toEqual(first);
    expect(run(43, 300)).not.toEqual(first);
    expect(first.flat().length).toBeGreaterThan(300 * 20); // most units report at every tick
  });

  it('keeps a unit the same whatever fleet it is part of', () => {
    const alone = createFleetModel([FLEET[3]!], 42, T0);
    const inFleet = createFleetModel(FLEET, 42, T0);
    for (let i = 1; i <= 100; i++) {
      const [own] = alone.tick(1000, T0 + i * 1000);
      const same = inFleet.tick(1000, T0 + i * 1000).find((t) => t.unitId === FLEET[3]!.unitId);
      expect(same).toEqual(own);
    }
  });

  it('follows what the hub tells a device: sent to an incident, the unit reports asignada, en camino, en escena', () => {
    const model = createFleetModel(FLEET, 42, T0, { callPace: 10 });
    const unitId = FLEET[0]!.unitId;
    const place = destination(model.states()[0]!.position, 90, 1500);
    const task = { kind: 'incident', id: '0190a8c0-0000-7000-8000-000000000001' } as const;
    model.follow({ unitId: 'not-in-this-fleet', task, place, status: 'dispatched', statusSource: 'dispatcher', statusAt: T0 });
    model.follow({ unitId, task, place, status: 'dispatched', statusSource: 'dispatcher', statusAt: T0 });
    const reported: UnitStatus[] = [];
    for (let i = 1; i <= 60; i++) {
      const own = model.tick(1000, T0 + i * 1000).find((t) => t.unitId === unitId);
      if (own && own.status !== reported.at(-1)) reported.push(own.status);
    }
    expect(reported).toEqual(['dispatched', 'en_route', 'on_scene']);
    expect(distanceM(model.states()[0]!.position, place)).toBeLessThanOrEqual(ARRIVAL_M);
  });

  it('adopts only a status a dispatcher set: its device’s own report it knows already', () => {
    const model = createFleetModel(FLEET, 42, T0);
    const before = model.states()[1]!;
    const other = before.status === 'break' ? 'out_of_service' : 'break';
    const told = { unitId: before.unitId, task: null, place: null, status: other, statusAt: T0 } as const;
    model.follow({ ...told, statusSource: 'device' });
    expect(model.states()[1]).toBe(before);
    model.follow({ ...told, statusSource: 'dispatcher' });
    expect(model.states()[1]!.status).toBe(other);
  });

  describe('over three simulated hours at 1 Hz', () => {
    const model = createFleetModel(FLEET, 2026, T0);
    const states: PatrolState[][] = [model.states().slice()];
    const sent: Telemetry[][] = [];
    for (let i = 1; i <= 3 * 3600; i++) {
      sent.push(model.tick(1000, T0 + i * 1000));
      states.push(model.states().slice());
    }
    const reports = sent.flat();

    // Each check collects the offending reports and asserts once: 260,000 expect() calls would take seconds.
    it('reports plausible speeds: vehicles 15–50 km/h and foot patrols 3–6 km/h when moving, else 0', () => {
      const kind = new Map(FLEET.map((u) => [u.unitId, u.kind]));
      const implausible = reports.filter((t) => {
        if (t.status !== 'available' && t.status !== 'en_route') return t.speed !== 0;
        return kind.get(t.unitId) === 'vehicle' ? t.speed < 15 || t.speed > 50 : t.speed < 3 || t.speed > 6;
      });
      expect(implausible).toEqual([]);
    });

    it('never moves a unit faster than its kind allows', () => {
      const tooFast: string[] = [];
      for (let i = 1; i < states.length; i++) {
        for (const [u, now] of states[i]!.entries()) {
          const kmh = distanceM(states[i - 1]![u]!.position, now.position) * 3.6;
          if (kmh > SPEED_KMH[now.kind].call[1] + 1e-6) tooFast.push(`${now.unitId} at tick ${i}: ${kmh} km/h`);
        }
      }
      expect(tooFast).toEqual([]);
    });

    it('stays within the 24 km square around the city centre', () => {
      const maxDLat = HALF_SIDE_M / distanceM(CENTRE, { lat: CENTRE.lat + 1, lng: CENTRE.lng }); // degrees
      const maxDLng = HALF_SIDE_M / distanceM(CENTRE, { lat: CENTRE.lat, lng: CENTRE.lng + 1 });
      const outside = reports.filter((t) => Math.abs(t.lat - CENTRE.lat) > maxDLat || Math.abs(t.lng - CENTRE.lng) > maxDLng);
      expect(outside).toEqual([]);
    });

    it('cycles through every status, only along the transition table', () => {
      const seen = new Set<UnitStatus>();
      const illegal: string[] = [];
      for (let i = 1; i < states.length; i++) {
        for (const [u, now] of states[i]!.entries()) {
          const before = states[i - 1]![u]!.status;
          seen.add(now.status);
          if (now.status !== before && !STATUS_TRANSITIONS[before].some(([s]) => s === now.status))
            illegal.push(`${before} → ${now.status}`);
        }
      }
      expect(illegal).toEqual([]);
      expect([...seen].sort()).toEqual(['available', 'break', 'en_route', 'on_scene', 'out_of_service']);
    });

    it('loses the signal now and then, for 10 to 60 seconds', () => {
      const silences: number[] = [];
      const lastReport = new Map<string, number>();
      for (const t of reports) {
        const last = lastReport.get(t.unitId);
        if (last !== undefined && t.deviceTime - last > 1000) silences.push(t.deviceTime - last - 1000);
        lastReport.set(t.unitId, t.deviceTime);
      }
      expect(silences.length).toBeGreaterThan(10);
      expect(silences.filter((ms) => ms < 10_000 || ms > 60_000)).toEqual([]);
    });

    it('claims a GPS accuracy of 5–30 m', () => {
      expect(reports.filter((t) => t.accuracy < 5 || t.accuracy > 30)).toEqual([]);
    });
  });
});
