// The demo roster: three teams, ~100 promoters with their legajo, team, base, phone and qualifications — one of them
// on leave this week —, 6 vehicles with their plates and seats, and the instruments — 6 breathalysers and 4 sound
// meters, each with its last official verification, one of each lapsed so the roster shows the conflict. The demo
// coordinator coordinates two teams, not the third, so the "own team" rule can be seen. Promoters and vehicles keep
// the ids the demo always gave them (operations name them); people and vehicles added later get ids from their
// legajo and plate. Deterministic for the seed and `now`. Instruments are verified once a year: the record keeps the latest
// verification, and the demo's history had one every VERIFICATION_INTERVAL_DAYS before it (verificationOn), so an
// operation of any past year finds the verification that was in force then.
import type { PersonRecord } from '../records/person.ts';
import type { ResourceRecord } from '../records/resource.ts';
import { teamId, type TeamRecord } from '../records/team.ts';
import type { Qualification, VehicleType } from '../roster/types.ts';
import { addDaysIso } from '../settings/iso-date.ts';
import { cordobaIsoDate } from '../time/cordoba.ts';
import { demoUsername } from './accounts.ts';
import { createPrng } from '../random/prng.ts';
import { DEMO_FLEET_SEED } from './fleet.ts';
import { personName } from './names.ts';

export const DEMO_PROMOTERS = 100;
const DAY = 24 * 60 * 60 * 1000;
/** Shorter than a year, so that each verification is renewed while the previous one still holds. */
const VERIFICATION_INTERVAL_DAYS = 350;

const team = (name: string, base: string, coordinators: string[]): TeamRecord => ({
  id: teamId(name),
  name,
  base,
  coordinators,
  version: 1,
});
/** Bases in Córdoba (docs/DOMAIN.md): the program's own at Ciudad Gama, and two district centres. */
export const DEMO_TEAMS: readonly TeamRecord[] = [
  team('Equipo Centro', 'Ciudad Gama, Av. Colón 5000', [demoUsername('coordinator')]),
  team('Equipo Norte', 'CPC Argüello, Av. Donato Álvarez 6300', [demoUsername('coordinator')]),
  team('Equipo Sur', 'CPC Villa El Libertador, Av. de Mayo 1900', []),
];
/** The promoter on leave: from yesterday to four days on, so this week's roster has someone away. */
export const DEMO_ON_LEAVE = 'prom-004';
const VEHICLES: readonly [plate: string, type: VehicleType, seats: number][] = [
  ['AD 417 KC', 'pickup', 5],
  ['AD 418 KC', 'pickup', 5],
  ['AE 102 PL', 'van', 9],
  ['AE 103 PL', 'van', 9],
  ['OPK 512', 'car', 5],
  ['AF 260 TR', 'car', 5],
];

function qualificationsOf(i: number): Qualification[] {
  const q: Qualification[] = [];
  if (i % 3 === 0) q.push('alcohol_test_operator');
  if (i < 6) q.push('environment_specialist'); // 6 of ~100 specialise in environment (docs/DOMAIN.md, The program)
  if (i % 5 === 1) q.push('sound_meter_operator');
  if (i % 4 === 2) q.push('driver');
  if (i % 10 === 7) q.push('mediator');
  return q;
}

export function demoRoster(now: number): { teams: readonly TeamRecord[]; people: PersonRecord[]; resources: ResourceRecord[] } {
  const rng = createPrng(DEMO_FLEET_SEED + 1);
  const today = cordobaIsoDate(now);
  const people = Array.from({ length: DEMO_PROMOTERS }, (_, i): PersonRecord => {
    const id = `prom-${String(i + 1).padStart(3, '0')}`;
    const { id: team, base } = DEMO_TEAMS[i % DEMO_TEAMS.length]!;
    const person: PersonRecord = {
      id,
      staffNumber: String(14_203 + i * 7),
      name: personName(rng),
      qualifications: qualificationsOf(i),
      team,
      ...(base ? { base } : {}),
      contact: { phone: `351 555-${String(1000 + i * 37).slice(-4)}` },
      version: 1,
    };
    if (id !== DEMO_ON_LEAVE) return person;
    return { ...person, absences: [{ id: 'aus-demo-1', kind: 'leave', from: addDaysIso(today, -1), to: addDaysIso(today, 4) }] };
  });
  const instrument = (kind: 'breathalyser' | 'sound_meter', label: string, i: number, lapsed: boolean): ResourceRecord => ({
    id: `${kind === 'breathalyser' ? 'alco' : 'sono'}-${String(i + 1).padStart(2, '0')}`,
    kind,
    label,
    calibratedOn: now - (lapsed ? 400 : rng.int(20, 300)) * DAY,
    version: 1,
  });
  const resources: ResourceRecord[] = [
    ...VEHICLES.map(([plate, vehicleType, seats], i) => ({
      id: `movil-${String(i + 1).padStart(2, '0')}`,
      kind: 'vehicle' as const,
      label: `Móvil ${String(i + 1).padStart(2, '0')}`,
      plate,
      vehicleType,
      seats,
      version: 1,
    })),
    ...Array.from({ length: 6 }, (_, i) => instrument('breathalyser', `Alcoholímetro ${i + 1}`, i, i === 5)),
    ...Array.from({ length: 4 }, (_, i) => instrument('sound_meter', `Sonómetro ${i + 1}`, i, i === 3)),
  ];
  return { teams: DEMO_TEAMS, people, resources };
}

/** The verification of an instrument in force at `at`: its latest one, or the yearly one before it that held then. */
export function verificationOn(resource: Pick<ResourceRecord, 'calibratedOn'>, at: number): number | null {
  if (resource.calibratedOn === undefined) return null;
  const interval = VERIFICATION_INTERVAL_DAYS * DAY;
  return resource.calibratedOn - Math.max(0, Math.ceil((resource.calibratedOn - at) / interval)) * interval;
}
