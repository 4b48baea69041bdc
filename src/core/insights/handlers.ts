// Runs in: Node. ConsoleApi handlers of Indicadores (src/shared/api/insights.ts): the dashboard, a comparison of two
// groups and a notice trial's report, computed from the cache's fact tables under the dated settings the console
// judges by. Every role sees the indicators of the records it reads — aggregates only, never a name — and the others
// withheld (indicators/group.ts): a dispatcher the complaints but not the notices' follow-up, a coordinator the
// notices but not the court's cases; an administrator all. A trial's report is for the roles that read trials.
import { canRead } from '../../shared/records/permissions.ts';
import { readerOf } from '../../shared/insights/indicator-sources.ts';
import type { RecordEntity } from '../../shared/records/registry.ts';
import { HandlerError, type HandlerTable } from '../api/dispatch.ts';
import type { Cache } from '../cache/cache.ts';
import type { CoreContext } from '../core-context.ts';
import { settingsOf } from '../settings/settings-source.ts';
import { compareIndicator } from './compare.ts';
import { computeDashboard, type IndicatorContext } from './dashboard.ts';
import { trialReport } from './trial.ts';

export function insightsHandlers(ctx: CoreContext): Pick<HandlerTable, 'insights.dashboard' | 'insights.compare' | 'insights.trial'> {
  const reader = <T>(fn: (cache: Cache, context: IndicatorContext) => T, needs?: RecordEntity): T => {
    const person = ctx.hubSession.info().user;
    if (person && needs && !canRead(person.role, needs)) throw new HandlerError({ code: 'forbidden' });
    return ctx.session.use((cache) =>
      fn(cache, { settings: settingsOf(cache.records), now: Date.now(), readable: readerOf(person?.role ?? null) }),
    );
  };
  return {
    'insights.dashboard': (filter) => reader((cache, context) => computeDashboard(cache.db, filter, context)),
    'insights.compare': (input) => reader((cache, context) => compareIndicator(cache.db, input, context)),
    'insights.trial': ({ trialId }) =>
      reader((cache, { settings }) => {
        const trial = cache.records.get('notice_trial', trialId);
        return { report: trial ? trialReport(cache.db, trial, settings) : null };
      }, 'notice_trial'),
  };
}
