// Runs in: Node. ConsoleApi handlers of the roster, under the dated settings in force.
import { canRead } from '../../shared/records/permissions.ts';
import { DUE_WITHIN_DAYS, instrumentStates } from '../../shared/roster/instrument-states.ts';
import { rosterRulesAt } from '../../shared/roster/rules-at.ts';
import { settingsOf } from '../settings/settings-source.ts';
import { HandlerError, type HandlerTable } from '../api/dispatch.ts';
import type { CoreContext } from '../core-context.ts';
import { rosterWeek } from './roster-week.ts';

export function planningHandlers(ctx: CoreContext): Pick<HandlerTable, 'roster.week' | 'roster.instruments'> {
  return {
    'roster.week': ({ date }) => {
      const view = ctx.session.use((cache) => rosterWeek(cache, date, settingsOf(cache.records)));
      if (!view) throw new HandlerError({ code: 'invalid_input', issues: [{ path: 'date', code: 'no_settings' }] });
      return view;
    },
    'roster.instruments': () => {
      const person = ctx.hubSession.info().user;
      if (person && !canRead(person.role, 'resource')) throw new HandlerError({ code: 'forbidden' });
      return ctx.session.use((cache) => {
        const [settings, now] = [settingsOf(cache.records), Date.now()];
        return {
          rows: instrumentStates(cache.records.list('resource'), settings, now),
          dueWithinDays: DUE_WITHIN_DAYS,
          calibrationMonths: rosterRulesAt(settings, now)?.calibrationMonths ?? null,
        };
      });
    },
  };
}
