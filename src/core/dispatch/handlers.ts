// Runs in: Node. ConsoleApi handlers of Despacho (src/shared/api/dispatch.ts): the incident queue, one incident, the
// units to send, complaints that may be an incident already open, a place from the project's geography and the
// alerts due. Incidents carry the complainants' contacts, so all of it is for the roles that read incidents; another
// role is told 'forbidden' (its cache holds no incidents anyway). Changes go through 'records.mutate'.
import { findDuplicates } from '../../shared/dispatch/duplicates.ts';
import { geocode } from '../../shared/dispatch/geocode.ts';
import { canRead } from '../../shared/records/permissions.ts';
import { HandlerError, type HandlerTable } from '../api/dispatch.ts';
import type { Cache } from '../cache/cache.ts';
import type { CoreContext } from '../core-context.ts';
import { dispatchAlerts } from './alerts.ts';
import { dispatchQueue, incidentView } from './queue.ts';
import { recommendFor } from './recommend.ts';
import { rulesAt } from './rules-at.ts';

type DispatchMethod =
  'dispatch.queue' | 'dispatch.incident' | 'dispatch.recommend' | 'dispatch.duplicates' | 'dispatch.geocode' | 'dispatch.alerts';

export function dispatchHandlers(ctx: CoreContext): Pick<HandlerTable, DispatchMethod> {
  const mustBeDesk = () => {
    const person = ctx.hubSession.info().user;
    if (person && !canRead(person.role, 'incident')) throw new HandlerError({ code: 'forbidden' });
  };
  /** The desk's cache, for a person whose role reads incidents. */
  const desk = <T>(fn: (cache: Cache) => T): T => {
    mustBeDesk();
    return ctx.session.use(fn);
  };
  return {
    'dispatch.queue': () => desk((cache) => dispatchQueue(cache, Date.now())),
    'dispatch.incident': ({ id }) => desk((cache) => ({ view: incidentView(cache, id) })),
    'dispatch.recommend': ({ incidentId }) => desk((cache) => recommendFor(cache, ctx.unitMirror, incidentId, Date.now())),
    'dispatch.duplicates': (query) =>
      desk((cache) => {
        const { 'dispatch.duplicates': rules } = rulesAt(cache, ['dispatch.duplicates'], query.at);
        return { candidates: findDuplicates(cache.dispatch.openIncidents(), query, rules) };
      }),
    // An unknown barrio is the form's barrio field's problem: the view shows it there (and offers the map's pin).
    'dispatch.geocode': ({ barrio, address }) => {
      mustBeDesk();
      const place = geocode(barrio, address);
      if (!place) throw new HandlerError({ code: 'invalid_input', issues: [{ path: 'barrio', code: 'not_found' }] });
      return { place };
    },
    'dispatch.alerts': () => desk((cache) => dispatchAlerts(cache, Date.now())),
  };
}
