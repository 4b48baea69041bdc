// Runs in: Node. 'insights.report': the printable monthly report of Indicadores (src/shared/api/insights.ts). Like the
// dashboard, it holds the indicators of the records the signed-in role reads, the others withheld (aggregates only).
import { readerOf } from '../../shared/insights/indicator-sources.ts';
import type { HandlerTable } from '../api/dispatch.ts';
import type { CoreContext } from '../core-context.ts';
import { exportInsightsReport } from './export-report.ts';

export function insightsReportHandlers(ctx: CoreContext): Pick<HandlerTable, 'insights.report'> {
  return {
    'insights.report': async ({ month, language, barrios, cpcs }) => {
      const person = ctx.hubSession.info().user;
      const request = { month, language, barrios, cpcs, readable: readerOf(person?.role ?? null), dataDir: ctx.dataDir, now: Date.now() };
      const file = await exportInsightsReport((fn) => ctx.session.use(fn), request);
      return { ...file, download: ctx.exports.offer(file) };
    },
  };
}
