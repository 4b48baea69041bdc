// Where a notice's follow-up stands, for the coordinators' list and the indicators:
//
//   to_notify ─(notified)─► running ─(deadline passes)─► to_reinspect ─(result)─► complied | city_repaired | not_complied
//
// Only the result is recorded; "running" and "to_reinspect" depend on the clock.
import type { Notice, NoticeResult } from '../records/notice-schema.ts';

export const NOTICE_STAGES = ['to_notify', 'running', 'to_reinspect', 'complied', 'city_repaired', 'not_complied'] as const;
export type NoticeStage = (typeof NOTICE_STAGES)[number];

const BY_RESULT: Readonly<Record<NoticeResult, NoticeStage>> = {
  complied_by_owner: 'complied',
  complied_by_city: 'city_repaired',
  not_complied: 'not_complied',
};

export function noticeStage(notice: Pick<Notice, 'notification' | 'result'>, now: number): NoticeStage {
  if (notice.result) return BY_RESULT[notice.result.outcome];
  if (!notice.notification) return 'to_notify';
  return now < notice.notification.dueBy ? 'running' : 'to_reinspect';
}
