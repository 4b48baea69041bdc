// The verdicts the facts count, in SQL, against the shared rules they restate (alcoholVerdict, noiseVerdict): thousands
// of random readings judged by random dated settings, readings on the limits and windows' edges included, through the
// rule periods judge.ts writes. A day without every setting in force gives no verdict on both sides.
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createPrng, type Prng } from '../../../shared/random/prng.ts';
import { ALCOHOL_SETTING_KEYS, alcoholVerdict, type AlcoholResult } from '../../../shared/rules/alcohol.ts';
import { NOISE_SETTING_KEYS, noiseVerdict, type NoiseResult } from '../../../shared/rules/noise.ts';
import type { SettingKey, SettingValues } from '../../../shared/settings/catalogue.ts';
import { settingsAt, type SettingEntry } from '../../../shared/settings/dated.ts';
import { DEFAULT_SETTINGS } from '../../../shared/settings/defaults.ts';
import { addDaysIso } from '../../../shared/settings/iso-date.ts';
import { cordobaIsoDate } from '../../../shared/time/cordoba.ts';
import { migrate } from '../../cache/migrate.ts';
import { ensureVerdictRules } from './judge.ts';
import { alcoholFieldsSql, alcoholStatusSql, noiseFieldsSql, noiseStatusSql, rulesOnSql } from './verdict-sql.ts';

const rng = createPrng(2014);
const EFFECTIVE = ['2019-01-01', '2021-06-15', '2023-03-01', '2025-01-01'];
const FROM = Date.UTC(2018, 6, 1);
const TO = Date.UTC(2026, 6, 1);
const MINUTE = 60_000;
const tenth = (x: number) => Math.round(x * 10) / 10;
const hhmm = (h: number, m = 0) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
const window = (r: Prng) => ({ start: hhmm(r.int(6, 9), r.pick([0, 30])), end: hhmm(r.pick([13, 20, 22, 23])) });

const VALUES: { readonly [K in SettingKey]?: (r: Prng) => SettingValues[K] } = {
  'alcohol.limitsGL': (r) => ({ city: r.pick([0, 0.2, 0.4, 0.5]), provincial_road: r.pick([0, 0.2]), ring_road: r.pick([0, 0.4]) }),
  'alcohol.retestWindowMinutes': (r) => ({ min: r.pick([8, 10]), max: r.pick([12, 15]) }),
  'alcohol.deviceVerificationMonths': (r) => r.pick([6, 12, 24]),
  'noise.marginsDb': (r) => {
    const dn = () => ({ day: r.int(3, 12), night: r.int(2, 10) });
    return { hospital: dn(), residential: dn(), mixed: dn(), industrial: dn() };
  },
  'noise.dayPeriod': (r) => r.pick([{ start: '07:00', end: '22:00' }, { start: '06:30', end: '21:00' }, window(r)]),
  'noise.construction': (r) => ({
    hours: { weekdays: window(r), saturdays: r.chance(0.7) ? window(r) : null, sundays: r.chance(0.3) ? window(r) : null },
    maxDbAtDistance: r.pick([75, 80, 85]),
    distanceM: 15,
    maxOverBackgroundInsideDb: r.pick([6, 9, 9.5]),
  }),
  'noise.roadWorks': (r) => ({
    hours: { weekdays: window(r), saturdays: r.chance(0.5) ? window(r) : null, sundays: null },
    maxDbAtDistance: r.pick([80, 85]),
    distanceM: 10,
  }),
  'noise.venuePeakDb': (r) => r.pick([90, 95, 100]),
  'noise.meterCalibrationMonths': (r) => r.pick([6, 12]),
};

/** Random dated entries for the keys: some keys start late (days without a verdict), some change on the way. */
function randomSettings(keys: readonly SettingKey[]): SettingEntry[] {
  const entries: SettingEntry[] = [];
  for (const key of keys) {
    const make = VALUES[key];
    const days = EFFECTIVE.filter((_, i) => (i === 0 ? rng.chance(0.8) : rng.chance(0.4)));
    for (const effectiveFrom of days.length ? days : [EFFECTIVE[1]!]) {
      entries.push({ key, value: make ? make(rng) : DEFAULT_SETTINGS.find((e) => e.key === key)!.value, effectiveFrom } as SettingEntry);
    }
  }
  return entries;
}

const dayBefore = (at: number, days: number) => addDaysIso(cordobaIsoDate(at), -days);
const reading = () => rng.pick([0, 0.05, 0.2, 0.3, 0.4, 0.41, 0.5, 0.8, 1.5, Math.round(rng.next() * 300) / 100]);

function randomTest(): AlcoholResult {
  const testedAt = rng.int(FROM, TO);
  const minutes = rng.pick([7.5, 8, 9, 10, 10.5, 12, 12.0001, 13, 15, 15.5, rng.int(1, 30)]);
  return {
    testedAt,
    jurisdiction: rng.pick(['city', 'provincial_road', 'ring_road'] as const),
    driverDni: '30111222',
    licenceNumber: 'L-1',
    plate: 'AB123CD',
    deviceSerial: 'D-1',
    deviceVerifiedOn: dayBefore(testedAt, rng.pick([0, 10, 180, 200, 365, 366, 400, 730, 731])),
    firstReadingGL: reading(),
    retest: rng.chance(0.7) ? { at: testedAt + Math.round(minutes * MINUTE), readingGL: reading() } : null,
    actions: [],
  };
}

function randomNoise(): NoiseResult {
  const measuredAt = rng.int(FROM, TO);
  const backgroundDb = tenth(30 + rng.next() * 40);
  const level = (base: number) => rng.pick([base, tenth(base + 0.1), base + 0.05, tenth(base - 0.1), tenth(base + rng.next() * 20 - 10)]);
  const source = rng.pick([
    () => ({
      kind: 'ambient' as const,
      zone: rng.pick(['hospital', 'residential', 'mixed', 'industrial'] as const),
      backgroundDb,
      measuredDb: level(backgroundDb + rng.int(2, 12)),
    }),
    () => ({ kind: 'construction_site' as const, measuredDb: level(rng.pick([75, 80, 85])) }),
    () => ({ kind: 'construction_inside_home' as const, backgroundDb, measuredDb: level(backgroundDb + 9) }),
    () => ({ kind: 'road_works' as const, measuredDb: level(rng.pick([80, 85])) }),
    () => ({ kind: 'venue' as const, peakDb: level(rng.pick([90, 95, 100])) }),
  ])();
  return {
    meterId: 'M-1',
    meterCalibratedOn: dayBefore(measuredAt, rng.pick([0, 30, 182, 183, 365, 366, 500])),
    measuredAt,
    source,
    actions: [],
  };
}

const ALCOHOL_CODE = { negative: 1, positive: 2, retest_required: 0, inconclusive: 0, void: 0 } as const;
const NOISE_CODE = { compliant: 1, non_compliant: 2, void: 0 } as const;

/** A verdict both sides give: the settings it reads, a random case to judge, and how SQL and the shared rule judge it. */
interface Verdict<K extends SettingKey, R> {
  readonly keys: readonly K[];
  readonly random: () => R;
  /** The instant whose settings judge the case. */
  readonly at: (item: R) => number;
  /** The shared rule's verdict, as the code the SQL gives it. */
  readonly code: (item: R, rules: Pick<SettingValues, K>) => number;
  readonly statusSql: (row: string, rules: string) => string;
  readonly fieldsSql: (json: string) => string;
  readonly rulesTable: Parameters<typeof rulesOnSql>[0];
}

/** 600 random cases judged by random dated settings, in SQL and by the shared rule (null: a setting not in force). */
function judgeBoth<K extends SettingKey, R>(v: Verdict<K, R>): { inSql: unknown[]; inTs: (number | null)[] } {
  const db = new Database(':memory:');
  migrate(db);
  const entries = randomSettings(v.keys);
  ensureVerdictRules(db, entries);
  const items = Array.from({ length: 600 }, v.random);
  const sql = db.prepare(`SELECT ${v.statusSql('x', 'xr')}
    FROM (SELECT j.key, ${v.fieldsSql('j.value')} FROM json_each(?) AS j LIMIT -1) AS x
    LEFT JOIN ${rulesOnSql(v.rulesTable, 'xr', 'x')} ORDER BY x.key`);
  const inSql = sql.pluck().all(JSON.stringify(items));
  const inTs = items.map((item) => {
    const rules = settingsAt(entries, v.keys, v.at(item));
    return rules.ok ? v.code(item, rules.values) : null;
  });
  return { inSql, inTs };
}

const VERDICTS = [
  {
    name: 'alcoholVerdict',
    judge: () =>
      judgeBoth({
        keys: ALCOHOL_SETTING_KEYS,
        random: randomTest,
        at: (test) => test.testedAt,
        code: (test, rules) => ALCOHOL_CODE[alcoholVerdict(test, rules).status],
        statusSql: alcoholStatusSql,
        fieldsSql: alcoholFieldsSql,
        rulesTable: 'insight_alcohol_rules',
      }),
  },
  {
    name: 'noiseVerdict',
    judge: () =>
      judgeBoth({
        keys: NOISE_SETTING_KEYS,
        random: randomNoise,
        at: (result) => result.measuredAt,
        code: (result, rules) => NOISE_CODE[noiseVerdict(result, rules).status],
        statusSql: noiseStatusSql,
        fieldsSql: noiseFieldsSql,
        rulesTable: 'insight_noise_rules',
      }),
  },
];

describe('verdicts in SQL', () => {
  // Six random settings sets for each verdict, in turn (the shared random source makes the order part of the data).
  const cases = VERDICTS.flatMap(({ name, judge }) => [1, 2, 3, 4, 5, 6].map((set) => [name, set, judge] as const));
  it.each(cases)('agree with %s (settings set %i)', (_name, _set, judge) => {
    const { inSql, inTs } = judge();
    expect(inSql).toEqual(inTs);
    expect(new Set(inTs)).toEqual(new Set([null, 0, 1, 2])); // every verdict was exercised
  });
});
