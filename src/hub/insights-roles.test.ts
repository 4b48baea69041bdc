// Runs in: Node. Every role sees the indicators of the records it reads, the others withheld rather than counted as
// zero: a console signed in to a real hub as its demo coordinator lacks complaints and court cases, a dispatcher the
// notices and the court, a judge the notices and complaints; an administrator gets every one. A trial's report is
// for the roles that read trials. (Nobody signed in, and the figures themselves: src/core/insights.)
import { describe, expect, it } from 'vitest';
import { tempDir } from '../core/test-support/temp-dir.ts';
import type { Role } from '../shared/auth/roles.ts';
import { INDICATOR_IDS, type Dashboard } from '../shared/api/insights.ts';
import type { SessionInfo } from '../shared/api/session.ts';
import { consoleFor, eventually, hubAt } from './test-support/following-console.ts';

const RANGE = { from: '2026-03-01', to: '2026-04-30' };

async function signedIn(role: Role) {
  const hub = await hubAt(tempDir(), { units: 1 });
  const core = consoleFor(hub, { role });
  await eventually(
    async () => ((await core.dispatch('session.get', {})) as { value: SessionInfo }).value.user?.role,
    (signed) => signed === role,
  );
  return core;
}

describe('Indicadores and roles', () => {
  const withheld = async (role: Role) => {
    const answer = (await (await signedIn(role)).dispatch('insights.dashboard', RANGE)) as { ok: true; value: Dashboard };
    expect(answer).toMatchObject({ ok: true, value: { filter: RANGE } });
    return answer.value.indicators.filter((i) => i.withheld).map((i) => i.id);
  };

  it('a coordinator reads the dashboard, except what complaints and court cases tell', async () => {
    expect(await withheld('coordinator')).toEqual([
      'warnings_not_followed',
      'complaints_by_channel',
      'response_time',
      'repeat_offenders',
      'court_backlog',
      'time_to_resolution',
      'voluntary_payment_share',
    ]);
    const core = await signedIn('coordinator');
    const compare = { indicator: 'court_backlog', a: { label: 'a', filter: RANGE }, b: { label: 'b', filter: RANGE } };
    expect(await core.dispatch('insights.compare', compare)).toEqual({ ok: false, error: { code: 'forbidden' } });
  });

  it('an administrator reads every indicator', async () => {
    expect(await withheld('administrator')).toEqual([]);
  });

  it('a dispatcher sees the operations and complaints, a judge the operations and the court; neither the trials', async () => {
    const operations = ['operations_per_shift', 'people_reached_per_shift', 'alcohol_positivity', 'noise_exceedance', 'camera_notified'];
    const shown = async (role: Role) => {
      const ids = (await withheld(role)) as string[];
      return INDICATOR_IDS.filter((id) => !ids.includes(id));
    };
    expect(await shown('dispatcher')).toEqual([...operations, 'complaints_by_channel', 'response_time']);
    expect(await shown('judge')).toEqual([...operations, 'court_backlog', 'time_to_resolution', 'voluntary_payment_share']);
    const core = await signedIn('dispatcher');
    const forbidden = { ok: false, error: { code: 'forbidden' } };
    expect(await core.dispatch('insights.trial', { trialId: '0190a8c0-0000-7000-9d00-000000000001' })).toEqual(forbidden);
  });
});
