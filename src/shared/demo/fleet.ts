// The demo fleet: deterministic unit records for N units. The real program runs about 6 vehicles plus foot
// patrols (docs/DOMAIN.md, The program), so small fleets get 6 vehicles ("Móvil 01"…) and the rest on foot ("Pie 01"…);
// benchmark-sized fleets keep a quarter of them motorised.
import type { Unit, UnitKind } from '../live/units.ts';
import { createPrng, type Prng } from '../random/prng.ts';
import { personName } from './names.ts';

export const DEMO_FLEET_SEED = 2020; // the year the Promotores de Convivencia started
/** The embedded demo hub's fleet: the program's 6 vehicles and 18 foot patrols. */
export const DEMO_UNITS = 24;

/** How many of `n` units are vehicles. */
export const vehicleCount = (n: number): number => Math.max(Math.min(6, n), Math.round(n / 4));

const number = (i: number, n: number) => String(i).padStart(Math.max(2, String(n).length), '0');

function unit(kind: UnitKind, index: number, ofKind: number, rng: Prng): Unit {
  const label = number(index, ofKind);
  const crewSize = kind === 'vehicle' ? rng.int(2, 3) : 2;
  return {
    id: `${kind === 'vehicle' ? 'movil' : 'pie'}-${label}`,
    callSign: `${kind === 'vehicle' ? 'Móvil' : 'Pie'} ${label}`,
    kind,
    crew: Array.from({ length: crewSize }, () => personName(rng)),
    status: 'available',
    statusAt: null,
    statusSource: null,
    task: null,
    silenceAck: null,
    version: 1,
  };
}

export function demoFleet(n: number, seed: number = DEMO_FLEET_SEED): Unit[] {
  const rng = createPrng(seed);
  const vehicles = vehicleCount(n);
  return Array.from({ length: n }, (_, i) =>
    i < vehicles ? unit('vehicle', i + 1, vehicles, rng) : unit('foot', i - vehicles + 1, n - vehicles, rng),
  );
}
