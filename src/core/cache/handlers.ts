// Runs in: Node. ConsoleApi handlers about the console and its cache.
import type { HandlerTable } from '../api/dispatch.ts';
import type { CoreContext } from '../core-context.ts';
import { everyKindReset } from '../records/changed-records.ts';

export function cacheHandlers(ctx: CoreContext): Pick<HandlerTable, 'app.info' | 'cache.status' | 'cache.rebuild'> {
  return {
    'app.info': () => ({ version: ctx.version, host: ctx.host, dataDir: ctx.dataDir, timeZone: ctx.timeZone }),
    'cache.status': () => ctx.session.status(),
    'cache.rebuild': () => {
      const wasReady = ctx.session.status().state === 'ready';
      const { movedTo } = ctx.session.rebuild();
      const status = ctx.session.status();
      if (!wasReady && status.state === 'ready') for (const event of everyKindReset()) ctx.emit('records.changed', event);
      return { ...status, ...(movedTo ? { movedTo } : {}) };
    },
  };
}
