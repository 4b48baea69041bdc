// The demo fleet: deterministic unit records for N units. The real program runs about 6 vehicles plus foot
// patrols (docs/DOMAIN.md, The program), so small fleets get 6 vehicles ("Móvil 01"…) and the rest on foot ("Pie 01"…);
// benchmark-sized fleets keep a quarter of them motorised.
import type { Unit, UnitKind } from '../../shared/live/units.ts';
import { createPrng, type Prng } from '../../shared/random/prng.ts';

export const DEMO_FLEET_SEED = 2020; // the year the Promotores de Convivencia started

const FIRST_NAMES = [
  'Agustina',
  'Belén',
  'Camila',
  'Carolina',
  'Florencia',
  'Julieta',
  'Lucía',
  'Macarena',
  'María José',
  'Micaela',
  'Natalia',
  'Paula',
  'Romina',
  'Sofía',
  'Valentina',
  'Victoria',
  'Alejandro',
  'Diego',
  'Facundo',
  'Federico',
  'Gonzalo',
  'Ignacio',
  'Joaquín',
  'Juan Pablo',
  'Leandro',
  'Lucas',
  'Martín',
  'Matías',
  'Nicolás',
  'Santiago',
  'Tomás',
  'Emiliano',
];
const SURNAMES = [
  'Acosta',
  'Aguirre',
  'Bustos',
  'Cabrera',
  'Castro',
  'Díaz',
  'Ferreyra',
  'Flores',
  'Funes',
  'Gómez',
  'González',
  'Herrera',
  'Juárez',
  'Ledesma',
  'López',
  'Luna',
  'Martínez',
  'Medina',
  'Molina',
  'Moyano',
  'Olmedo',
  'Paz',
  'Pereyra',
  'Quiroga',
  'Ríos',
  'Rodríguez',
  'Romero',
  'Sánchez',
  'Sosa',
  'Tissera',
  'Vázquez',
  'Villarreal',
];

/** How many of `n` units are vehicles. */
export const vehicleCount = (n: number): number => Math.max(Math.min(6, n), Math.round(n / 4));

export const personName = (rng: Prng): string => `${rng.pick(FIRST_NAMES)} ${rng.pick(SURNAMES)}`;
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
