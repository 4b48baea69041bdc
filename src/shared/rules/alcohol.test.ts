import { describe, expect, it } from 'vitest';
import { settingsAt } from '../settings/dated.ts';
import { DEFAULT_SETTINGS } from '../settings/defaults.ts';
import { cordobaInstant } from '../time/cordoba.ts';
import {
  ALCOHOL_SETTING_KEYS,
  alcoholVerdict,
  AlcoholResultSchema,
  SelfTestTallySchema,
  type AlcoholResult,
  type AlcoholRules,
} from './alcohol.ts';

const at = cordobaInstant(2025, 9, 6, 2, 30); // a Saturday night checkpoint
const minutes = (n: number) => at + n * 60_000;
const rules = ((): AlcoholRules => {
  const r = settingsAt(DEFAULT_SETTINGS, ALCOHOL_SETTING_KEYS, at);
  if (!r.ok) throw new Error('missing settings');
  return r.values;
})();

const input = {
  testedAt: at,
  jurisdiction: 'city',
  driverDni: '30.123.456',
  licenceNumber: 'C-30123456',
  plate: 'ab 123 cd',
  deviceSerial: 'ARBH-0042',
  deviceVerifiedOn: '2025-03-01',
  firstReadingGL: 0,
  retest: null,
  actions: [],
};
const test = (change: Partial<Record<keyof typeof input, unknown>>): AlcoholResult => AlcoholResultSchema.parse({ ...input, ...change });

describe('alcohol verdict: limit by jurisdiction', () => {
  it.each([
    ['city', 0, 'negative'],
    ['city', 0.4, 'negative'], // exactly at the limit
    ['city', 0.41, 'retest_required'],
    ['provincial_road', 0, 'negative'],
    ['provincial_road', 0.01, 'retest_required'],
    ['ring_road', 0.05, 'retest_required'],
  ] as const)('%s, first reading %f → %s', (jurisdiction, firstReadingGL, status) => {
    expect(alcoholVerdict(test({ jurisdiction, firstReadingGL }), rules).status).toBe(status);
  });
});

describe('alcohol verdict: the retest after a positive screening', () => {
  it.each([
    [9, 0.8, 'inconclusive', ['retest_too_early'], null],
    [9.99, 0.8, 'inconclusive', ['retest_too_early'], null],
    [10, 0.8, 'positive', ['over_limit'], 0.8],
    [11, 0.35, 'negative', [], 0.35], // the second reading counts, even when it clears the driver
    [12, 0.8, 'positive', ['over_limit'], 0.8],
    [12.5, 0.8, 'inconclusive', ['retest_too_late'], null],
    [13, 0.8, 'inconclusive', ['retest_too_late'], null],
  ] as const)('retest after %f min reading %f → %s', (delay, readingGL, status, reasons, countedGL) => {
    const v = alcoholVerdict(test({ firstReadingGL: 0.9, retest: { at: minutes(delay), readingGL } }), rules);
    expect(v).toMatchObject({ status, reasons, countedGL, retestDelayMinutes: delay, limitGL: 0.4 });
  });

  it('does not count a retest after a negative screening', () => {
    const v = alcoholVerdict(test({ firstReadingGL: 0.2, retest: { at: minutes(11), readingGL: 0.5 } }), rules);
    expect(v).toMatchObject({ status: 'negative', countedGL: 0.2, reasons: ['retest_not_needed'] });
  });

  it('uses the window in force', () => {
    const wider = { ...rules, 'alcohol.retestWindowMinutes': { min: 5, max: 20 } };
    expect(alcoholVerdict(test({ firstReadingGL: 0.9, retest: { at: minutes(15), readingGL: 0.9 } }), wider).status).toBe('positive');
  });
});

describe('alcohol verdict: breathalyser verification', () => {
  it.each([
    ['2024-09-06', 'retest_required'], // verified exactly 12 months before
    ['2024-09-05', 'void'], // 12 months + 1 day
    ['2025-09-06', 'retest_required'], // verified that same day
  ] as const)('verified on %s → %s', (deviceVerifiedOn, status) => {
    expect(alcoholVerdict(test({ deviceVerifiedOn, firstReadingGL: 0.9 }), rules).status).toBe(status);
  });

  it('a lapsed device voids even a negative reading', () => {
    expect(alcoholVerdict(test({ deviceVerifiedOn: '2020-01-01' }), rules)).toMatchObject({
      status: 'void',
      reasons: ['device_verification_expired'],
      countedGL: null,
    });
  });
});

describe('alcohol verdict: provincial tiers', () => {
  it.each([
    [0.01, 0, 200, 200, 3],
    [0.4, 0, 200, 200, 3],
    [0.41, 1, null, null, 6],
    [0.55, 1, null, null, 6],
    [0.56, 2, null, null, 12],
    [1.0, 2, null, null, 12],
    [1.01, 3, null, 2000, 12],
    [5, 3, null, 2000, 12],
  ] as const)(
    'counted %f g/L → tier %i (UF %s–%s, up to %i months)',
    (readingGL, index, fineUfMin, fineUfMax, disqualificationMonthsMax) => {
      const v = alcoholVerdict(
        test({ jurisdiction: 'provincial_road', firstReadingGL: readingGL, retest: { at: minutes(10), readingGL } }),
        rules,
      );
      expect(v.status).toBe('positive');
      expect(v.tier).toMatchObject({ index, fineUfMin, fineUfMax, disqualificationMonthsMax });
    },
  );

  it('gives no provincial tier on city streets', () => {
    const v = alcoholVerdict(test({ jurisdiction: 'city', firstReadingGL: 1.2, retest: { at: minutes(10), readingGL: 1.2 } }), rules);
    expect(v).toMatchObject({ status: 'positive', tier: null });
  });
});

describe('alcohol result: hostile input is refused, identities normalised', () => {
  it('normalises the DNI and the plate', () => {
    expect(test({})).toMatchObject({ driverDni: '30123456', plate: 'AB123CD' });
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['a reading of 40 g/L', { firstReadingGL: 40 }, 'out_of_range'],
    ['a negative reading', { firstReadingGL: -0.1 }, 'out_of_range'],
    ['a retest of 40 g/L', { retest: { at: minutes(10), readingGL: 40 } }, 'out_of_range'],
    ['a retest before the test', { retest: { at: minutes(-1), readingGL: 0.5 } }, 'retest_before_test'],
    ['a retest a day later', { retest: { at: minutes(24 * 60), readingGL: 0.5 } }, 'out_of_range'],
    ['the year 3000', { testedAt: Date.UTC(3000, 0, 1) }, 'date_out_of_range'],
    ['verified after the test', { deviceVerifiedOn: '2025-09-07' }, 'verified_after_test'],
    ['a DNI with letters', { driverDni: '30A23456' }, 'invalid_dni'],
    ['a six-digit DNI', { driverDni: '123456' }, 'invalid_dni'],
    ['a made-up plate', { plate: 'ABCD1234' }, 'invalid_plate'],
    ['a 10 MB comment', { comment: 'x'.repeat(10 * 1024 * 1024) }, 'too_long'],
  ])('%s', (_name, change, message) => {
    const r = AlcoholResultSchema.safeParse({ ...input, ...change });
    expect(r.error?.issues[0]?.message).toBe(message);
  });

  it.each([
    [{ place: 'Carpa Costanera', from: at, to: minutes(240), tests: 120, overCityLimit: 31 }, null],
    [{ place: 'Carpa Costanera', from: at, to: minutes(240), tests: 10, overCityLimit: 11 }, 'more_than_total'],
    [
      { place: 'Carpa Costanera', from: at, to: minutes(240), tests: 10, overCityLimit: 1, dni: '30123456' },
      expect.any(String) as unknown as string,
    ],
  ])('self-test tally %o → %s', (tally, message) => {
    const r = SelfTestTallySchema.safeParse(tally);
    expect(r.success ? null : r.error.issues[0]?.message).toEqual(message);
  });
});
