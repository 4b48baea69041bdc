// Runs in: Node. ConsoleApi handlers of the roster. The settings are the dated defaults until administrators
// can edit them through the hub (docs/ARCHITECTURE.md, "Typed operations").
import { DEFAULT_SETTINGS } from '../../shared/settings/defaults.ts';
import { HandlerError, type HandlerTable } from '../api/dispatch.ts';
import type { CoreContext } from '../core-context.ts';
import { rosterWeek } from './roster-week.ts';

export function planningHandlers(ctx: CoreContext): Pick<HandlerTable, 'roster.week'> {
  return {
    'roster.week': ({ date }) => {
      const view = ctx.session.use((cache) => rosterWeek(cache, date, DEFAULT_SETTINGS));
      if (!view) throw new HandlerError({ code: 'invalid_input', issues: [{ path: 'date', code: 'no_settings' }] });
      return view;
    },
  };
}
