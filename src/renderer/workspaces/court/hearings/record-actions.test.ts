// What the record panel offers, by the hearing's state, the role and the day.
import { describe, expect, it } from 'vitest';
import type { Hearing } from '../../../../shared/records/hearing-schema.ts';
import { HEARING_RECORD, hearingAt } from '../../../../shared/records/test-support/court-cases.ts';
import { cordobaInstant } from '../../../../shared/time/cordoba.ts';
import { displayStatus, recordActions, type RecordActions } from './record-actions.ts';

const CASE = '0190a8c0-0000-7000-8000-0000000000a1';
const onTheDay = cordobaInstant(2026, 12, 10, 9, 40);
const dayBefore = cordobaInstant(2026, 12, 9, 18);
const clerk = { mayWrite: true, maySign: false };
const judge = { mayWrite: true, maySign: true };
const scheduled = hearingAt(CASE, 'scheduled');
const held = hearingAt(CASE, 'held');
const heldNoResolution = hearingAt(CASE, 'held', { record: { ...HEARING_RECORD, resolution: null } });
const signed = hearingAt(CASE, 'held', { signed: { by: 'jueza', at: onTheDay } });
const cancelled = hearingAt(CASE, 'cancelled');
const none: RecordActions = { save: null, saveBlocked: null, sign: false, signBlocked: null, amend: false, readOnly: true };

describe('record actions', () => {
  it.each<[string, Hearing, typeof clerk, number, boolean, Partial<RecordActions>]>([
    ['a scheduled hearing on its day: register it', scheduled, clerk, onTheDay, false, { save: 'hold', readOnly: false }],
    ['the day before: prepare it, not register', scheduled, clerk, dayBefore, false, { saveBlocked: 'not_yet', readOnly: false }],
    ['a held one: correct it', held, clerk, onTheDay, false, { save: 'record', readOnly: false }],
    ['a judge signs a held one', held, judge, onTheDay, false, { save: 'record', sign: true, readOnly: false }],
    ['not with unsaved changes', held, judge, onTheDay, true, { save: 'record', sign: true, signBlocked: 'unsaved', readOnly: false }],
    [
      'not without a resolution',
      heldNoResolution,
      judge,
      onTheDay,
      false,
      { save: 'record', sign: true, signBlocked: 'no_resolution', readOnly: false },
    ],
    ['signed: only an amendment', signed, judge, onTheDay, false, { amend: true }],
    ['cancelled: nothing', cancelled, judge, onTheDay, false, {}],
    ['a role that only reads', held, { mayWrite: false, maySign: false }, onTheDay, false, {}],
  ])('%s', (_, hearing, permissions, now, unsaved, expected) =>
    expect(recordActions(hearing, permissions, { now, unsaved })).toEqual({ ...none, ...expected }),
  );

  it.each<[Hearing, string]>([
    [scheduled, 'scheduled'],
    [held, 'held'],
    [hearingAt(CASE, 'in_absentia'), 'in_absentia'],
    [cancelled, 'cancelled'],
    [signed, 'signed'],
  ])('status of %#', (hearing, expected) => expect(displayStatus(hearing)).toBe(expected));
});
