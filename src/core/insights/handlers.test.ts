// Indicadores through the real console core (no hub: nobody signed in) over a real cache file holding the
// hand-checked data set: the dashboard, a comparison and a trial report answer, and bad input is refused before
// anything is read. Roles other than coordinators and administrators are refused: src/hub/insights-roles.test.ts.
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Comparison, Dashboard, TrialReport } from '../../shared/api/insights.ts';
import { uuidOf } from '../../shared/records/test-support/dispatch.ts';
import { trialAt } from '../../shared/records/test-support/notices.ts';
import { createCache } from '../cache/cache.ts';
import { CACHE_FILE_NAME } from '../cache/cache-session.ts';
import { createConsoleCore, type ConsoleCore } from '../console-core.ts';
import { tempDir } from '../test-support/temp-dir.ts';
import { MARCH_APRIL, writeHandChecked } from './test-support/hand-checked.ts';
import { putRecords } from './test-support/insight-records.ts';

const TRIAL = trialAt(uuidOf(1, '9d00'));
const cores: ConsoleCore[] = [];
afterEach(async () => {
  for (const core of cores.splice(0)) await core.close();
});

function start(): ConsoleCore {
  const dataDir = tempDir();
  const cache = createCache(path.join(dataDir, CACHE_FILE_NAME));
  writeHandChecked(cache);
  putRecords(cache, 'notice_trial', [TRIAL]);
  cache.close();
  const core = createConsoleCore({ dataDir, host: 'browser', version: 't', demo: false, hub: null, log: () => {} });
  cores.push(core);
  return core;
}

describe('the Indicadores methods', () => {
  it('insights.dashboard answers every indicator for the filter', async () => {
    const answer = (await start().dispatch('insights.dashboard', MARCH_APRIL)) as { ok: true; value: Dashboard };
    expect(answer.ok).toBe(true);
    expect(answer.value.indicators).toHaveLength(13);
    expect(answer.value.indicators[0]).toMatchObject({ id: 'compliance_without_sanction', numerator: 1, denominator: 3 });
    expect(answer.value.basis).toEqual({ operations: 10, findings: 8, notices: 3, incidents: 3, cases: 3 });
  });

  it('insights.compare answers two groups, observational', async () => {
    const answer = await start().dispatch('insights.compare', {
      indicator: 'compliance_without_sanction',
      a: { label: 'Marzo', filter: { from: '2026-03-01', to: '2026-03-31' } },
      b: { label: 'Abril', filter: { from: '2026-04-01', to: '2026-04-30' } },
    });
    expect(answer).toMatchObject({
      ok: true,
      value: { method: 'proportion_difference', observational: true, difference: { estimate: 0.5 } },
    });
    expect((answer as { value: Comparison }).value.a.denominator).toBe(2);
  });

  it('insights.trial answers a trial’s report, and null for a trial the cache does not hold', async () => {
    const core = start();
    const report = (await core.dispatch('insights.trial', { trialId: TRIAL.id })) as { ok: true; value: { report: TrialReport } };
    expect(report.value.report.variants.map((v) => v.key)).toEqual(['a', 'b']);
    expect(await core.dispatch('insights.trial', { trialId: uuidOf(9, '9d00') })).toEqual({ ok: true, value: { report: null } });
  });

  it('refuses bad input before reading anything', async () => {
    const core = start();
    for (const [method, input] of [
      ['insights.dashboard', { from: '2026-04-30', to: '2026-03-01' }],
      ['insights.dashboard', { from: '2016-01-01', to: '2026-12-31' }],
      ['insights.dashboard', { ...MARCH_APRIL, channels: ['fax'] }],
      ['insights.dashboard', { ...MARCH_APRIL, barrios: [''] }],
      ['insights.dashboard', { ...MARCH_APRIL, extra: 1 }],
      ['insights.compare', { indicator: 'happiness', a: { label: 'a', filter: MARCH_APRIL }, b: { label: 'b', filter: MARCH_APRIL } }],
      ['insights.trial', { trialId: 'not-a-uuid' }],
    ] as const) {
      expect(await core.dispatch(method, input), `${method} ${JSON.stringify(input)}`).toMatchObject({
        ok: false,
        error: { code: 'invalid_input' },
      });
    }
  });
});
