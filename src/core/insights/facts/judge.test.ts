// The verdict rules follow the dated settings: flattened into periods in which every value a rule needs holds, and
// when the settings change, the readings from the first day they judge differently — and only those — are judged
// again (an alcohol limit raised from a day on turns a positive of that day into a negative, not one of the day before).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SettingEntry } from '../../../shared/settings/dated.ts';
import { DEFAULT_SETTINGS } from '../../../shared/settings/defaults.ts';
import { createCache } from '../../cache/cache.ts';
import { tempDir } from '../../test-support/temp-dir.ts';
import { OPERATIONS, writeHandChecked } from '../test-support/hand-checked.ts';
import { ensureVerdictRules, firstChange, rulePeriods, RULE_TABLES } from './judge.ts';

const limits = (city: number, effectiveFrom: string): SettingEntry => ({
  key: 'alcohol.limitsGL',
  value: { city, provincial_road: 0, ring_road: 0 },
  effectiveFrom,
});
const ALCOHOL_REST = DEFAULT_SETTINGS.filter((e) => e.key.startsWith('alcohol.') && e.key !== 'alcohol.limitsGL').map((e) => ({
  ...e,
  effectiveFrom: '2020-01-01',
}));

describe('rule periods', () => {
  it('start where a value changes, end the day before the next, and begin only when every value is in force', () => {
    const periods = rulePeriods([limits(0.4, '2019-01-01'), ...ALCOHOL_REST, limits(0.2, '2024-06-01')], RULE_TABLES.alcohol);
    expect(periods.map((p) => [p.from_day, p.until_day, p.city])).toEqual([
      ['2020-01-01', '2024-05-31', 0.4],
      ['2024-06-01', '2100-12-31', 0.2],
    ]);
  });

  it('merge neighbours that judge alike (an entry repeating the value in force)', () => {
    const periods = rulePeriods([limits(0.4, '2020-01-01'), ...ALCOHOL_REST, limits(0.4, '2024-06-01')], RULE_TABLES.alcohol);
    expect(periods.map((p) => [p.from_day, p.until_day])).toEqual([['2020-01-01', '2100-12-31']]);
  });

  const period = (from: string, until: string, city: number) => ({ from_day: from, until_day: until, city });
  it.each([
    ['the same periods', [period('2020-01-01', '2100-12-31', 0.4)], [period('2020-01-01', '2100-12-31', 0.4)], null],
    ['none before', [], [period('2020-01-01', '2100-12-31', 0.4)], '2020-01-01'],
    [
      'a new value from a day',
      [period('2020-01-01', '2100-12-31', 0.4)],
      [period('2020-01-01', '2026-05-31', 0.4), period('2026-06-01', '2100-12-31', 0.2)],
      '2026-06-01',
    ],
    ['a value changed from the start', [period('2020-01-01', '2100-12-31', 0.4)], [period('2020-01-01', '2100-12-31', 0.2)], '2020-01-01'],
    ['rules starting later', [period('2020-01-01', '2100-12-31', 0.4)], [period('2021-03-01', '2100-12-31', 0.4)], '2020-01-01'],
    ['rules ending', [period('2020-01-01', '2100-12-31', 0.4)], [period('2020-01-01', '2025-12-31', 0.4)], '2026-01-01'],
  ] as const)('first change: %s', (_, before, after, expected) => {
    expect(firstChange(before, after)).toBe(expected);
  });
});

describe('judging again when the settings change', () => {
  it('judges again the readings from the first changed day, and nothing when nothing changed', () => {
    const cache = createCache(path.join(tempDir(), 'c.sqlite3'));
    writeHandChecked(cache);
    const o1 = cache.db.prepare(
      'SELECT alcohol_decided, alcohol_positive FROM insight_operations WHERE seq = (SELECT seq FROM operations WHERE id = ?)',
    );
    const counts = () => o1.raw().get(OPERATIONS[0]!.id);
    expect(counts()).toEqual([2, 1]);

    const writes = () => cache.db.prepare('SELECT total_changes()').pluck().get() as number;
    const before = writes();
    ensureVerdictRules(cache.db, DEFAULT_SETTINGS);
    expect(writes()).toBe(before);

    // 0.55 g/L from the 7th: O1's tests (the 6th) are judged as before.
    ensureVerdictRules(cache.db, [...DEFAULT_SETTINGS, limits(0.55, '2026-03-07')]);
    expect(counts()).toEqual([2, 1]);
    // From the 6th: the retest's 0.5 is under 0.55 (negative); the third test's 0.6 still needs its retest.
    ensureVerdictRules(cache.db, [...DEFAULT_SETTINGS, limits(0.55, '2026-03-06')]);
    expect(counts()).toEqual([2, 0]);
    ensureVerdictRules(cache.db, DEFAULT_SETTINGS);
    expect(counts()).toEqual([2, 1]);
    cache.close();
  });
});
