// The demo roster: about 100 promoters (all lawyers; a few environment specialists, alcohol-test operators,
// sound-meter operators and drivers), the program's 6 vehicles, and the instruments — breathalysers and sound
// meters with their last official verification or calibration, one of each lapsed so the roster shows the
// conflict. Deterministic for the seed and `now`.
import type { PersonRecord } from '../../shared/records/person.ts';
import type { ResourceRecord } from '../../shared/records/resource.ts';
import type { Qualification } from '../../shared/roster/types.ts';
import { createPrng } from '../../shared/random/prng.ts';
import { DEMO_FLEET_SEED, personName } from './demo-fleet.ts';

export const DEMO_PROMOTERS = 100;
const DAY = 24 * 60 * 60 * 1000;

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
