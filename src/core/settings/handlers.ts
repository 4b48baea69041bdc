// Runs in: Node. ConsoleApi handlers of the dated settings: everyone reads them; an administrator adds entries
// (through the write path: the hub checks the role and that the entry is not backdated).
import type { HandlerTable } from '../api/dispatch.ts';
import type { CoreContext } from '../core-context.ts';
import { unsyncedOf } from '../mutations/unsynced.ts';

export function settingsHandlers(ctx: CoreContext): Pick<HandlerTable, 'settings.list'> {
  return {
    'settings.list': () => ctx.session.use((cache) => ({ entries: cache.records.list('setting'), unsynced: unsyncedOf(cache, 'setting') })),
  };
}
