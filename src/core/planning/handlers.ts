// Runs in: Node. ConsoleApi handlers of the roster, under the dated settings in force.
import { settingsOf } from '../settings/settings-source.ts';
import { HandlerError, type HandlerTable } from '../api/dispatch.ts';
import type { CoreContext } from '../core-context.ts';
import { rosterWeek } from './roster-week.ts';

export function planningHandlers(ctx: CoreContext): Pick<HandlerTable, 'roster.week'> {
  return {
    'roster.week': ({ date }) => {
      const view = ctx.session.use((cache) => rosterWeek(cache, date, settingsOf(cache.records)));
      if (!view) throw new HandlerError({ code: 'invalid_input', issues: [{ path: 'date', code: 'no_settings' }] });
      return view;
    },
  };
}
