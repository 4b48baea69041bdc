// Runs in: Node. ConsoleApi handlers of the operations domain.
import type { HandlerTable } from '../api/dispatch.ts';
import type { CoreContext } from '../core-context.ts';

export function operationsHandlers(ctx: CoreContext): Pick<HandlerTable, 'operations.page'> {
  return {
    'operations.page': (request) => ctx.session.use((cache) => cache.operations.page(request)),
  };
}
