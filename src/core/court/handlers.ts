// Runs in: Node. ConsoleApi handlers of the court desk (src/shared/api/court.ts): cases with where they stand
// today, a court's calendar, a case's history and audit check, the printed documents and the hearing-record draft.
// All of it is for the court roles: another role is told 'forbidden' (its cache holds no cases anyway).
import { caseView, type CaseDay } from '../../shared/court/case-view.ts';
import { holidaysOn } from '../../shared/court/calendar-days.ts';
import { canRead } from '../../shared/records/permissions.ts';
import { cordobaIsoDate } from '../../shared/time/cordoba.ts';
import { HandlerError, type HandlerTable } from '../api/dispatch.ts';
import { verifyCacheChains } from '../audit/verify-cache.ts';
import type { Cache } from '../cache/cache.ts';
import type { CoreContext } from '../core-context.ts';
import { unsyncedOf } from '../mutations/unsynced.ts';
import { settingsOf } from '../settings/settings-source.ts';
import { courtCalendar } from './calendar.ts';
import { exportCourtDocument } from './documents/export-document.ts';

type CourtMethod =
  | 'court.cases'
  | 'court.case'
  | 'court.hearing'
  | 'court.calendar'
  | 'court.document'
  | 'court.draft.get'
  | 'court.draft.save'
  | 'court.draft.discard'
  | 'court.audit.verify';

function caseDay(cache: Cache, now: number): CaseDay {
  const today = cordobaIsoDate(now);
  return { today, holidays: holidaysOn(settingsOf(cache.records), today) };
}

export function courtHandlers(ctx: CoreContext): Pick<HandlerTable, CourtMethod> {
  const user = () => ctx.hubSession.info().user;
  const mustBeDesk = () => {
    const person = user();
    if (person && !canRead(person.role, 'court_case')) throw new HandlerError({ code: 'forbidden' });
  };
  /** The desk's cache, for a person whose role reads cases. */
  const desk = <T>(fn: (cache: Cache) => T): T => {
    mustBeDesk();
    return ctx.session.use(fn);
  };
  return {
    'court.cases': () =>
      desk((cache) => {
        const day = caseDay(cache, Date.now());
        const hearings = cache.records.list('hearing');
        const unsynced = unsyncedOf(cache, 'court_case');
        const cases = cache.records.list('court_case').sort((a, b) => b.createdAt - a.createdAt);
        return { today: day.today, cases: cases.map((c) => caseView(c, hearings, day, unsynced[c.id] ?? null)) };
      }),
    'court.case': ({ id }) =>
      desk((cache) => {
        const found = cache.records.get('court_case', id);
        if (!found) return { detail: null };
        const hearings = cache.hearings.ofCase(id);
        const view = caseView(found, hearings, caseDay(cache, Date.now()), unsyncedOf(cache, 'court_case')[id] ?? null);
        return { detail: { ...view, hearings, history: cache.audit.chain(id) } };
      }),
    'court.hearing': ({ id }) => desk((cache) => ({ hearing: cache.records.get('hearing', id) })),
    'court.calendar': (input) => desk((cache) => courtCalendar(cache, input, Date.now())),
    'court.document': async ({ document, hearingId, language }) => {
      mustBeDesk();
      const request = { document, hearingId, language, clerk: user()?.displayName ?? '—', dataDir: ctx.dataDir, now: Date.now() };
      const file = await exportCourtDocument((fn) => ctx.session.use(fn), request);
      return { ...file, download: ctx.exports.offer(file) };
    },
    'court.draft.get': ({ hearingId }) => desk((cache) => cache.drafts.get(hearingId)),
    'court.draft.save': ({ hearingId, draft }) => desk((cache) => cache.drafts.save(hearingId, draft, Date.now())),
    'court.draft.discard': ({ hearingId }) => desk((cache) => ({ discarded: cache.drafts.discard(hearingId) })),
    'court.audit.verify': ({ caseId }) => desk((cache) => verifyCacheChains(cache, caseId)),
  };
}
