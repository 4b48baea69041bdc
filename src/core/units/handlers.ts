// Runs in: Node. ConsoleApi handlers of patrol units and of the console's sync with the hub.
import type { HandlerTable } from '../api/dispatch.ts';
import type { CoreContext } from '../core-context.ts';

export function unitsHandlers(ctx: CoreContext): Pick<HandlerTable, 'units.list' | 'units.tracks' | 'sync.status'> {
  return {
    'units.list': () => ctx.session.use((cache) => ({ units: cache.units.list() })),
    'units.tracks': (request) => ctx.sync.tracks(request),
    'sync.status': () => ctx.sync.status(),
  };
}
