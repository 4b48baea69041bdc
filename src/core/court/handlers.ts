// Runs in: Node. ConsoleApi handlers of the court desk: the cases (actas, notices) closed operations produced.
import type { HandlerTable } from '../api/dispatch.ts';
import type { CoreContext } from '../core-context.ts';

export function courtHandlers(ctx: CoreContext): Pick<HandlerTable, 'courtCases.list'> {
  return {
    'courtCases.list': () =>
      ctx.session.use((cache) => ({ cases: cache.records.list('court_case').sort((a, b) => b.createdAt - a.createdAt) })),
  };
}
