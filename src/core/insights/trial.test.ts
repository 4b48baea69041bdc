// A notice-wording trial's report: counts by variant counted by hand, the shares' Wilson intervals, each variant
// against the first (difference, Newcombe's interval, Cohen's h, whether the samples conclude) and the split's balance.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { assignmentBalance } from '../../shared/insights/trial-assignment.ts';
import { proportion, proportionDifference } from '../../shared/insights/stats.ts';
import type { Notice } from '../../shared/records/notice-schema.ts';
import { uuidOf } from '../../shared/records/test-support/dispatch.ts';
import { trialAt } from '../../shared/records/test-support/notices.ts';
import { DEFAULT_SETTINGS } from '../../shared/settings/defaults.ts';
import { addDaysIso } from '../../shared/settings/iso-date.ts';
import { createCache } from '../cache/cache.ts';
import { tempDir } from '../test-support/temp-dir.ts';
import { trialReport } from './trial.ts';
import { at, findingId, notice, noticeOf, property, putRecords } from './test-support/insight-records.ts';

const TRIAL = trialAt(uuidOf(1, '9d00'));
const OTHER = uuidOf(2, '9d00');
const NOW = at('2026-12-20', 12);
const LOT = property('03-12-045-017');
let n = 300;

/** A notice of the trial with wording `key`: its last day (decided once passed) and whether the owner complied. */
function trialNotice(trialId: string, key: string, lastDay: string, complied: boolean | null): Notice {
  const id = findingId(n++);
  const result =
    complied === null
      ? null
      : {
          outcome: complied ? ('complied_by_owner' as const) : ('not_complied' as const),
          at: at(addDaysIso(lastDay, 2), 10),
          by: 'coordinadora',
          comment: null,
          actaId: complied ? null : uuidOf(n, '9e00'),
        };
  return noticeOf(notice(id, LOT, at('2026-11-02', 10)), { lastDay, result, variant: { trialId, key } });
}

const interval = (p: { lower: number | null; upper: number | null }) => (p.lower === null ? null : { low: p.lower, high: p.upper! });

describe('a notice trial’s report', () => {
  it('counts notified, decided and complied by variant, and sets each against the first', () => {
    const cache = createCache(path.join(tempDir(), 'c.sqlite3'));
    putRecords(cache, 'notice', [
      // a: four notified, three decided, two complied (one decided and not re-inspected yet counts as not complied).
      trialNotice(TRIAL.id, 'a', '2026-11-10', true),
      trialNotice(TRIAL.id, 'a', '2026-11-20', true),
      trialNotice(TRIAL.id, 'a', '2026-12-10', null),
      trialNotice(TRIAL.id, 'a', '2026-12-28', null),
      // b: three notified and decided, one complied.
      trialNotice(TRIAL.id, 'b', '2026-11-10', true),
      trialNotice(TRIAL.id, 'b', '2026-11-12', false),
      trialNotice(TRIAL.id, 'b', '2026-11-15', false),
      // Another trial's notice, and one outside any trial: neither counts.
      trialNotice(OTHER, 'a', '2026-11-10', true),
      noticeOf(notice(findingId(n++), LOT, at('2026-11-02', 10)), { lastDay: '2026-11-10' }),
    ]);
    const report = trialReport(cache.db, TRIAL, DEFAULT_SETTINGS, NOW);
    expect(report.trial).toBe(TRIAL);
    expect(report.variants).toEqual([
      { key: 'a', label: 'Redacción actual', notified: 4, decided: 3, complied: 2, share: 2 / 3, interval: interval(proportion(2, 3)) },
      { key: 'b', label: 'Norma social', notified: 3, decided: 3, complied: 1, share: 1 / 3, interval: interval(proportion(1, 3)) },
    ]);
    const effect = proportionDifference({ successes: 1, n: 3 }, { successes: 2, n: 3 }, { minSample: 30 });
    expect(report.effects).toEqual([
      { key: 'b', against: 'a', difference: effect.difference, interval: interval(effect), cohenH: effect.cohensH, adequacy: 'too_small' },
    ]);
    expect(report.effects[0]!.difference).toBeCloseTo(-1 / 3, 12);
    const balance = assignmentBalance([4, 3]);
    expect(report.balance).toEqual({ chiSquare: balance.chiSquare, pValue: balance.pValue });
    cache.close();
  });

  it('concludes when both samples are large enough and the interval leaves out no difference', () => {
    const cache = createCache(path.join(tempDir(), 'c.sqlite3'));
    const many = (key: string, complied: number) =>
      Array.from({ length: 40 }, (_, i) => trialNotice(TRIAL.id, key, '2026-11-10', i < complied));
    putRecords(cache, 'notice', [...many('a', 36), ...many('b', 10)]);
    const report = trialReport(cache.db, TRIAL, DEFAULT_SETTINGS, NOW);
    expect(report.variants.map((v) => [v.decided, v.complied])).toEqual([
      [40, 36],
      [40, 10],
    ]);
    expect(report.effects[0]).toMatchObject({ difference: 10 / 40 - 36 / 40, adequacy: 'conclusive' });
    expect(report.balance).toEqual({ chiSquare: 0, pValue: 1 });
    cache.close();
  });

  it('reports a trial nothing was notified in yet: no shares, no effect, no sign of an uneven split', () => {
    const cache = createCache(path.join(tempDir(), 'c.sqlite3'));
    const report = trialReport(cache.db, TRIAL, DEFAULT_SETTINGS, NOW);
    expect(report.variants.map((v) => [v.notified, v.share, v.interval])).toEqual([
      [0, null, null],
      [0, null, null],
    ]);
    expect(report.effects).toEqual([{ key: 'b', against: 'a', difference: null, interval: null, cohenH: null, adequacy: 'too_small' }]);
    expect(report.balance).toEqual({ chiSquare: 0, pValue: 1 });
    cache.close();
  });
});
