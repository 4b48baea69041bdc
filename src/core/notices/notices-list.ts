// Runs in: Node. The notices coordinators follow up (Planificación → Emplazamientos): every notice the cache holds,
// each with where it stands today (shared/notices/stage.ts), its planned re-inspection as the operations table has it
// now (the coordinator may have moved it) and whether a change to it is still on its way; counts by stage over all of
// them for the tabs. Listed most urgent first: notices still to act on by the date that matters (found, for one to
// notify; due, for one running or to re-inspect), then the decided ones, newest result first; only the first page
// of them crosses to the window, with how many matched.
import type { Database } from 'better-sqlite3';
import { NOTICES_PAGE, type NoticesList, type NoticeView } from '../../shared/api/insights.ts';
import { matchesNotice } from '../../shared/notices/search.ts';
import { NOTICE_STAGES, noticeStage, type NoticeStage } from '../../shared/notices/stage.ts';
import type { Notice } from '../../shared/records/notice-schema.ts';
import { addDaysIso } from '../../shared/settings/iso-date.ts';
import { cordobaIsoDate } from '../../shared/time/cordoba.ts';
import type { Cache } from '../cache/cache.ts';
import { unsyncedOf } from '../mutations/unsynced.ts';

export interface NoticesQuery {
  readonly stages?: readonly NoticeStage[];
  readonly dueWithinDays?: number;
  readonly search?: string;
  readonly limit?: number;
}

type Reinspection = NonNullable<NoticeView['reinspection']>;

/** The planned re-inspections of these operation ids, in one query. */
function reinspections(db: Database, ids: readonly string[]): Map<string, Reinspection> {
  if (ids.length === 0) return new Map();
  const rows = db
    .prepare('SELECT id, planned_start AS plannedStart, status FROM operations WHERE id IN (SELECT value FROM json_each(?))')
    .all(JSON.stringify(ids)) as { id: string; plannedStart: number; status: string }[];
  return new Map(rows.map(({ id, plannedStart, status }) => [id, { plannedStart, status }]));
}

/** Whether the notice still waits for its re-inspection and the re-inspection is due on or before `lastDay`. */
function dueBy(notice: Notice, lastDay: string): boolean {
  return notice.notification !== null && notice.result === null && cordobaIsoDate(notice.notification.dueBy) <= lastDay;
}

const DECIDED: readonly NoticeStage[] = ['complied', 'city_repaired', 'not_complied'];

type Staged = Pick<NoticeView, 'notice' | 'stage'>;

/** Open notices first, by the date that matters, oldest first; then decided ones, newest result first. */
function urgency(a: Staged, b: Staged): number {
  const aDecided = DECIDED.includes(a.stage);
  if (aDecided !== DECIDED.includes(b.stage)) return aDecided ? 1 : -1;
  if (aDecided) return (b.notice.result?.at ?? 0) - (a.notice.result?.at ?? 0) || (a.notice.id < b.notice.id ? -1 : 1);
  const when = (v: Staged) => v.notice.notification?.dueBy ?? v.notice.createdAt;
  return when(a) - when(b) || (a.notice.id < b.notice.id ? -1 : 1);
}

export function noticesList(cache: Cache, query: NoticesQuery, now: number): NoticesList {
  const today = cordobaIsoDate(now);
  const notices = cache.records.list('notice');
  const byStage = Object.fromEntries(NOTICE_STAGES.map((stage) => [stage, 0])) as Record<NoticeStage, number>;
  const staged = notices.map((notice) => {
    const stage = noticeStage(notice, now);
    byStage[stage] += 1;
    return { notice, stage };
  });
  const lastDueDay = query.dueWithinDays === undefined ? null : addDaysIso(today, query.dueWithinDays);
  const matched = staged.filter(
    ({ notice, stage }) =>
      (!query.stages || query.stages.includes(stage)) &&
      (lastDueDay === null || dueBy(notice, lastDueDay)) &&
      (!query.search || matchesNotice(notice, query.search)),
  );
  const listed = matched.sort(urgency).slice(0, query.limit ?? NOTICES_PAGE);
  const planned = reinspections(
    cache.db,
    listed.flatMap(({ notice }) => (notice.reinspectionId ? [notice.reinspectionId] : [])),
  );
  const unsynced = unsyncedOf(cache, 'notice');
  const views = listed.map(({ notice, stage }): NoticeView => ({
    notice,
    stage,
    reinspection: notice.reinspectionId ? (planned.get(notice.reinspectionId) ?? null) : null,
    unsynced: unsynced[notice.id] ?? null,
  }));
  return { today, notices: views, matched: matched.length, byStage };
}
