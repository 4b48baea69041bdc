// The demo roster: ~100 promoters with their qualifications, 6 vehicles, and the instruments — 6 breathalysers and
// 4 sound meters, each with its last official verification, one of each lapsed so the roster shows the conflict.
// Deterministic for the seed and `now`. Instruments are verified once a year: the record keeps the latest
// verification, and the demo's history had one every VERIFICATION_INTERVAL_DAYS before it (verificationOn), so an
// operation of any past year finds the verification that was in force then.
import type { PersonRecord } from '../records/person.ts';
import type { ResourceRecord } from '../records/resource.ts';
import type { Qualification } from '../roster/types.ts';
import { createPrng } from '../random/prng.ts';
import { DEMO_FLEET_SEED } from './fleet.ts';
import { personName } from './names.ts';

export const DEMO_PROMOTERS = 100;
const DAY = 24 * 60 * 60 * 1000;
/** Shorter than a year, so that each verification is renewed while the previous one still holds. */
const VERIFICATION_INTERVAL_DAYS = 350;

function qualificationsOf(i: number): Qualification[] {
  const q: Qualification[] = [];
  if (i % 3 === 0) q.push('alcohol_test_operator');
  if (i < 6) q.push('environment_specialist'); // 6 of ~100 specialise in environment (docs/DOMAIN.md, The program)
  if (i % 5 === 1) q.push('sound_meter_operator');
  if (i % 4 === 2) q.push('driver');
  return q;
}

export function demoRoster(now: number): { people: PersonRecord[]; resources: ResourceRecord[] } {
  const rng = createPrng(DEMO_FLEET_SEED + 1);
  const people = Array.from({ length: DEMO_PROMOTERS }, (_, i) => ({
    id: `prom-${String(i + 1).padStart(3, '0')}`,
    name: personName(rng),
    qualifications: qualificationsOf(i),
    version: 1,
  }));
  const instrument = (kind: 'breathalyser' | 'sound_meter', label: string, i: number, lapsed: boolean): ResourceRecord => ({
    id: `${kind === 'breathalyser' ? 'alco' : 'sono'}-${String(i + 1).padStart(2, '0')}`,
    kind,
    label,
    calibratedOn: now - (lapsed ? 400 : rng.int(20, 300)) * DAY,
    version: 1,
  });
  const resources: ResourceRecord[] = [
    ...Array.from({ length: 6 }, (_, i) => ({
      id: `movil-${String(i + 1).padStart(2, '0')}`,
      kind: 'vehicle' as const,
      label: `Móvil ${String(i + 1).padStart(2, '0')}`,
      version: 1,
    })),
    ...Array.from({ length: 6 }, (_, i) => instrument('breathalyser', `Alcoholímetro ${i + 1}`, i, i === 5)),
    ...Array.from({ length: 4 }, (_, i) => instrument('sound_meter', `Sonómetro ${i + 1}`, i, i === 3)),
  ];
  return { people, resources };
}

/** The verification of an instrument in force at `at`: its latest one, or the yearly one before it that held then. */
export function verificationOn(resource: Pick<ResourceRecord, 'calibratedOn'>, at: number): number | null {
  if (resource.calibratedOn === undefined) return null;
  const interval = VERIFICATION_INTERVAL_DAYS * DAY;
  return resource.calibratedOn - Math.max(0, Math.ceil((resource.calibratedOn - at) / interval)) * interval;
}
