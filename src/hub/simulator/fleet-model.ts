// A simulated fleet without any network: every tick advances each patrol and collects what its device would
// send. Each unit draws from its own generator (seeded by the seed and its id), so a unit behaves the same
// whatever fleet it is part of, and the same seed replays the same telemetry.
import type { Telemetry } from '../../shared/hub-protocol/field.ts';
import type { UnitKind } from '../../shared/live/units.ts';
import { createPrng, type Prng } from '../../shared/random/prng.ts';
import { readGps, startPatrol, stepPatrol, type PatrolState } from './patrol-step.ts';

export interface FleetUnit {
  readonly unitId: string;
  readonly kind: UnitKind;
}

export interface FleetModel {
  /** Advances every unit by dtMs; returns the reports sent at `deviceTime` (units without signal send none). */
  tick(dtMs: number, deviceTime: number): Telemetry[];
  states(): readonly PatrolState[];
}

/** FNV-1a: a stable 32-bit number per unit id. */
function hashId(id: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

export function createFleetModel(units: readonly FleetUnit[], seed: number, startAt: number): FleetModel {
  const patrols: { rng: Prng; state: PatrolState }[] = units.map(({ unitId, kind }) => {
    const rng = createPrng((seed ^ hashId(unitId)) >>> 0);
    return { rng, state: startPatrol(unitId, kind, startAt, rng) };
  });
  return {
    tick(dtMs, deviceTime) {
      const sent: Telemetry[] = [];
      for (const patrol of patrols) {
        patrol.state = stepPatrol(patrol.state, dtMs, patrol.rng);
        const reading = readGps(patrol.state, patrol.rng);
        if (reading) sent.push({ ...reading, deviceTime });
      }
      return sent;
    },
    states: () => patrols.map((p) => p.state),
  };
}
