// A demo Conducción Responsable checkpoint: a few drivers stopped and tested with the team's breathalyser (its
// verification in force that night), about 3–4 % of them positive on the retest that counts — each an acta with
// the licence retained and the car retained or handed to a designated driver — plus the anonymous self-tests at the
// tent. A screening over the limit is retested 10–12 minutes later, as the rule requires; a fifth of those come
// back under the limit.
import type { AlcoholCheckpointResult } from '../../operations/closing.ts';
import type { AlcoholResult } from '../../rules/alcohol.ts';
import type { Jurisdiction } from '../../settings/catalogue.ts';
import { verificationOn } from '../roster.ts';
import type { TypedPlanOf } from '../../operations/typed-plan.ts';
import {
  acta,
  findingSource,
  assignedOf,
  during,
  settingAtDemo,
  type ClosingInput,
  type PlanInput,
  type TypedClosing,
} from './closing-input.ts';

const MINUTE = 60_000;
const SCREENED_POSITIVE = 0.045;
const RETEST_UNDER_LIMIT = 0.2;
const CITY = { norm: 'ord_10216', article: 1 } as const;
const PROVINCIAL = { norm: 'law_10181', article: 48 } as const;

const grams = (x: number) => Math.round(x * 100) / 100;

/** Most checkpoints are on city streets; some on the Circunvalación ring road or a provincial road (0 g/L). */
export function alcoholPlan({ op, rng }: PlanInput): TypedPlanOf<'alcohol_test'> {
  const r = rng.next();
  return { jurisdiction: r < 0.85 ? 'city' : r < 0.95 ? 'ring_road' : 'provincial_road', checkpoint: op.address };
}

const jurisdictionOf = (input: ClosingInput): Jurisdiction => (input.op.details?.typedPlan as TypedPlanOf<'alcohol_test'>).jurisdiction;

export function alcoholClosing(input: ClosingInput): TypedClosing {
  const { rng, identities } = input;
  const jurisdiction = jurisdictionOf(input);
  const breathalyser = assignedOf(input, 'breathalyser');
  const deviceSerial = (breathalyser?.id ?? 'alco-01').toUpperCase();
  const tests: AlcoholResult[] = [];
  const findings = [];
  const drivers = rng.int(2, 7);
  for (let i = 0; i < drivers; i++) {
    const testedAt = during(input, (i + 0.5) / (drivers + 1));
    const limit = settingAtDemo(input, 'alcohol.limitsGL', testedAt)[jurisdiction];
    const driver = identities.pick('alcohol', 0.02, () => identities.person());
    if (driver.kind !== 'person') continue;
    const verifiedOn = verificationOn(breathalyser ?? {}, testedAt) ?? testedAt;
    const base = {
      testedAt,
      jurisdiction,
      driverDni: driver.dni,
      licenceNumber: `C-${driver.dni}`,
      plate: identities.plate(),
      deviceSerial,
      deviceVerifiedOn: input.clock.isoOf(verifiedOn),
    };
    if (!rng.chance(SCREENED_POSITIVE)) {
      const reading = limit > 0 && rng.chance(0.3) ? grams(rng.next() * limit * 0.9) : 0;
      tests.push({ ...base, firstReadingGL: reading, retest: null, actions: [] });
      continue;
    }
    const first = grams(limit + 0.05 + rng.next() * 1.2);
    const retestAt = testedAt + rng.int(10, 12) * MINUTE;
    if (rng.chance(RETEST_UNDER_LIMIT) && limit > 0) {
      const retest = { at: retestAt, readingGL: grams(limit * (0.7 + rng.next() * 0.25)) };
      tests.push({ ...base, firstReadingGL: first, retest, actions: [], comment: 'Contraprueba por debajo del límite' });
      continue;
    }
    const counted = grams(Math.max(limit + 0.01, first - rng.next() * 0.08));
    const handover = rng.chance(0.5) ? 'designated_driver' : 'vehicle_retained';
    tests.push({
      ...base,
      firstReadingGL: first,
      retest: { at: retestAt, readingGL: counted },
      actions: ['licence_retained', handover, 'acta'],
    });
    const description = `Control de alcoholemia: ${counted.toFixed(2).replace('.', ',')} g/L en la segunda medición.`;
    findings.push(
      acta(findingSource(input), { offender: driver, legalBasis: jurisdiction === 'city' ? CITY : PROVINCIAL, at: retestAt, description }),
    );
    identities.found('alcohol', driver, 'acta', retestAt);
  }
  const result: AlcoholCheckpointResult = { tests, selfTests: rng.int(0, 60) };
  const positives = findings.length;
  const summary =
    positives === 0
      ? `${tests.length} conductores controlados, sin positivos; ${result.selfTests} autotests en carpa`
      : `${tests.length} conductores controlados, ${positives} ${positives === 1 ? 'positivo' : 'positivos'}: licencia retenida y acta; ${result.selfTests} autotests en carpa`;
  return { result, findings, summary };
}
