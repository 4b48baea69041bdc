// A simulated fleet without any network: every tick advances each patrol and collects what its device would
// send; what the hub tells a device reaches its patrol through `follow`. Each unit draws from its own generator
// (seeded by the seed and its id), so a unit behaves the same whatever fleet it is part of, and the same seed
// replays the same telemetry (given the same dispatches at the same ticks).
import type { FieldDispatch, Telemetry } from '../../shared/hub-protocol/field.ts';
import type { UnitKind } from '../../shared/live/units.ts';
import { createPrng, type Prng } from '../../shared/random/prng.ts';
import { followDispatch, readGps, startPatrol, stepPatrol, type PatrolOrder, type PatrolState } from './patrol-step.ts';

export interface FleetUnit {
  readonly unitId: string;
  readonly kind: UnitKind;
}

export interface FleetModel {
  /** Advances every unit by dtMs; returns the reports sent at `deviceTime` (units without signal send none). */
  tick(dtMs: number, deviceTime: number): Telemetry[];
  /** What the hub told the unit's device ('dispatch'); a unit not in the fleet is ignored. */
  follow(dispatch: FieldDispatch): void;
  states(): readonly PatrolState[];
}

export interface FleetOptions {
  /** How many times faster than real time a call plays — setting off and driving there (demos, tests); 1 by default. */
  readonly callPace?: number;
}

/** The hub's picture as the patrol takes it: an incident's place, and the status only if a dispatcher set it. */
const orderOf = (d: FieldDispatch): PatrolOrder => ({
  place: d.task?.kind === 'incident' ? d.place : null,
  status: d.statusSource === 'dispatcher' ? d.status : null,
});

/** FNV-1a: a stable 32-bit number per unit id. */
function hashId(id: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

export function createFleetModel(units: readonly FleetUnit[], seed: number, startAt: number, options: FleetOptions = {}): FleetModel {
  const patrols: { rng: Prng; state: PatrolState }[] = units.map(({ unitId, kind }) => {
    const rng = createPrng((seed ^ hashId(unitId)) >>> 0);
    return { rng, state: startPatrol(unitId, kind, startAt, rng) };
  });
  const byUnit = new Map(patrols.map((patrol) => [patrol.state.unitId, patrol]));
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
    follow(dispatch) {
      const patrol = byUnit.get(dispatch.unitId);
      if (patrol) patrol.state = followDispatch(patrol.state, orderOf(dispatch), patrol.rng, options.callPace);
    },
    states: () => patrols.map((p) => p.state),
  };
}
