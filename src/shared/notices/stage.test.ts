import { describe, expect, it } from 'vitest';
import { NOTIFIED, noticeAt } from '../records/test-support/notices.ts';
import { uuidOf } from '../records/test-support/dispatch.ts';
import { noticeStage } from './stage.ts';

const result = (outcome: 'complied_by_owner' | 'complied_by_city' | 'not_complied') => ({
  outcome,
  at: 1,
  by: null,
  comment: null,
  actaId: null,
});

describe('noticeStage', () => {
  it.each([
    ['not notified', noticeAt(uuidOf(1)), 0, 'to_notify'],
    ['deadline running', noticeAt(uuidOf(1), { notification: NOTIFIED }), NOTIFIED.dueBy - 1, 'running'],
    ['deadline passed, no result', noticeAt(uuidOf(1), { notification: NOTIFIED }), NOTIFIED.dueBy, 'to_reinspect'],
    ['owner complied', noticeAt(uuidOf(1), { notification: NOTIFIED, result: result('complied_by_owner') }), 0, 'complied'],
    ['city repaired', noticeAt(uuidOf(1), { notification: NOTIFIED, result: result('complied_by_city') }), 0, 'city_repaired'],
    ['not complied', noticeAt(uuidOf(1), { notification: NOTIFIED, result: result('not_complied') }), 0, 'not_complied'],
  ] as const)('%s → %s', (_name, notice, now, stage) => {
    expect(noticeStage(notice, now)).toBe(stage);
  });
});
