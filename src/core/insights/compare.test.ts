// Two groups of one indicator on the hand-checked data set (test-support/hand-checked.ts): March against April.
// The estimates are counted by hand; the intervals are the shared statistics' (held to a statistics library there).
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { IndicatorId } from '../../shared/api/insights.ts';
import { proportionDifference, rateDifference } from '../../shared/insights/stats.ts';
import { DEFAULT_SETTINGS } from '../../shared/settings/defaults.ts';
import { createCache, type Cache } from '../cache/cache.ts';
import { tempDir } from '../test-support/temp-dir.ts';
import { compareIndicator } from './compare.ts';
import { NOW, writeHandChecked } from './test-support/hand-checked.ts';

let cache: Cache;
beforeAll(() => {
  cache = createCache(path.join(tempDir(), 'c.sqlite3'));
  writeHandChecked(cache);
  return () => cache.close();
});

const MARCH = { label: 'Marzo', filter: { from: '2026-03-01', to: '2026-03-31' } };
const APRIL = { label: 'Abril', filter: { from: '2026-04-01', to: '2026-04-30' } };
const compare = (indicator: IndicatorId) =>
  compareIndicator(cache.db, { indicator, a: MARCH, b: APRIL }, { settings: DEFAULT_SETTINGS, now: NOW });
const interval = (d: { lower: number | null; upper: number | null }) => ({ low: d.lower, high: d.upper });

describe('comparing two groups', () => {
  it('takes the difference of two shares with Newcombe’s interval: compliance 1/2 in March, 0/1 in April', () => {
    const c = compare('compliance_without_sanction');
    const expected = proportionDifference({ successes: 1, n: 2 }, { successes: 0, n: 1 }, { minSample: 30 });
    expect(c).toMatchObject({
      indicator: 'compliance_without_sanction',
      method: 'proportion_difference',
      difference: { estimate: 0.5, interval: interval(expected) },
      adequacy: 'too_small',
      observational: true,
      a: { numerator: 1, denominator: 2 },
      b: { numerator: 0, denominator: 1 },
    });
  });

  it('takes per-shift figures as rates over the shifts worked: 6 operations in 4 shifts against 4 in 3', () => {
    const c = compare('operations_per_shift');
    const expected = rateDifference({ count: 6, exposure: 4 }, { count: 4, exposure: 3 }, {});
    expect(c.method).toBe('rate_difference');
    expect(c.difference!.estimate).toBeCloseTo(6 / 4 - 4 / 3, 12);
    expect(c.difference!.interval).toEqual(interval(expected));
    expect(c.adequacy).toBe(expected.adequacy);
  });

  it('takes counts as rates per day of each range: 1 complaint in March’s 31 days, 3 in April’s 30', () => {
    const c = compare('complaints_by_channel');
    expect(c.difference!.estimate).toBeCloseTo(1 / 31 - 3 / 30, 12);
    expect(c.difference!.interval).toEqual(interval(rateDifference({ count: 1, exposure: 31 }, { count: 3, exposure: 30 }, {})));
  });

  it('compares the court backlog as the stock it is: 2 cases waiting at the end of March, 3 at the end of April', () => {
    const c = compare('court_backlog');
    expect(c.difference!.estimate).toBe(-1);
    expect(c.difference!.interval).toEqual(interval(rateDifference({ count: 2, exposure: 1 }, { count: 3, exposure: 1 }, {})));
  });

  it('gives no interval for a difference of medians', () => {
    expect(compare('response_time')).toMatchObject({
      method: 'not_comparable',
      difference: null,
      adequacy: 'too_small',
      observational: true,
      a: { value: 30 },
      b: { value: 12 },
    });
  });

  it('compares zone against zone in one range', () => {
    const c = compareIndicator(
      cache.db,
      {
        indicator: 'noise_exceedance',
        a: { label: 'Nueva Córdoba', filter: { from: '2026-03-01', to: '2026-04-30', barrios: ['Nueva Córdoba'] } },
        b: { label: 'Centro', filter: { from: '2026-03-01', to: '2026-04-30', barrios: ['Centro'] } },
      },
      { settings: DEFAULT_SETTINGS, now: NOW },
    );
    expect(c).toMatchObject({
      method: 'proportion_difference',
      difference: null,
      adequacy: 'too_small',
      a: { numerator: 1, denominator: 2 },
      b: { denominator: 0 },
    });
  });
});
