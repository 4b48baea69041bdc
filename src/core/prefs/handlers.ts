// Runs in: Node. ConsoleApi handlers of user preferences.
import type { HandlerTable } from '../api/dispatch.ts';
import type { CoreContext } from '../core-context.ts';

export function prefsHandlers(ctx: CoreContext): Pick<HandlerTable, 'prefs.get' | 'prefs.set'> {
  return {
    'prefs.get': ({ key }) => ctx.session.use((cache) => ({ value: cache.prefs.get(key) })),
    'prefs.set': ({ key, value }) =>
      ctx.session.use((cache) => {
        cache.prefs.set(key, value);
        return { saved: true as const };
      }),
  };
}
