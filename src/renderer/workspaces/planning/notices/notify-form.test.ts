import { describe, expect, it } from 'vitest';
import { variantFor } from '../../../../shared/notices/trial-for.ts';
import { noticeAt, trialAt } from '../../../../shared/records/test-support/notices.ts';
import { DEFAULT_SETTINGS } from '../../../../shared/settings/defaults.ts';
import { cordobaInstant } from '../../../../shared/time/cordoba.ts';
import { checkNotify, initialNotifyValues, notifyPreview, trialWording } from './notify-form.ts';
import { expectAccepted } from './test-support/expect-accepted.ts';

// A vacant lot in Alta Córdoba found on Monday 30 November 2026 at 10:00.
const NOTICE = noticeAt('0190a8c0-0000-7000-8000-0000000000a1');
const TRIAL = trialAt('0190a8c0-0000-7000-8000-0000000000b1');
const REINSPECTION = '0190a8c0-0000-7000-8000-0000000000c1';
const NOW = cordobaInstant(2026, 12, 2, 12, 0);
const context = { settings: DEFAULT_SETTINGS, trials: [], reinspectionId: REINSPECTION, now: NOW };

describe('what a notification will do, before it is saved', () => {
  it.each([
    ['a vacant lot: 3 days from the notification day', NOTICE, '2026-12-04', cordobaInstant(2026, 12, 5, 7, 0)],
    [
      'noise: the days notices.deadlineDays gives',
      { ...NOTICE, category: 'noise' as const },
      '2026-12-11',
      cordobaInstant(2026, 12, 12, 7, 0),
    ],
  ])('%s, the re-inspection the morning after at the shift’s start + 1 h', (_, notice, lastDay, reinspectionStart) => {
    expect(notifyPreview(notice, cordobaInstant(2026, 12, 1, 9, 30), context)).toEqual({ lastDay, reinspectionStart });
  });

  it('says nothing of a deadline when none is in force that day', () => {
    expect(notifyPreview(NOTICE, cordobaInstant(2026, 12, 1, 9, 30), { ...context, settings: [] })).toBeNull();
  });

  it('names the trial wording the seed gives the notice, and none outside a trial', () => {
    const at = cordobaInstant(2026, 12, 1, 9, 30);
    const key = variantFor(TRIAL, NOTICE.id);
    expect(trialWording(NOTICE, [TRIAL], at)).toEqual({ trial: TRIAL, variant: TRIAL.definition.variants.find((v) => v.key === key) });
    expect(trialWording(NOTICE, [{ ...TRIAL, stoppedAt: at - 1 }], at)).toBeNull();
    expect(trialWording({ ...NOTICE, barrio: 'Centro' }, [TRIAL], at)).toBeNull();
    expect(trialWording(NOTICE, [], at)).toBeNull();
  });
});

describe('checkNotify', () => {
  const values = { channel: 'in_person', notifiedAt: '2026-12-01T09:30' };

  it('starts with no channel and now', () => {
    expect(initialNotifyValues(NOW)).toEqual({ channel: '', notifiedAt: '2026-12-02T12:00' });
  });

  it.each([
    ['no channel', { channel: '' }, 'channel', 'required'],
    ['a channel that is not one', { channel: 'email' }, 'channel', 'required'],
    ['no date', { notifiedAt: ' ' }, 'notifiedAt', 'required'],
    ['a date that is not one', { notifiedAt: '2026-13-40T25:00' }, 'notifiedAt', 'invalid_date'],
    ['after now', { notifiedAt: '2026-12-02T12:01' }, 'notifiedAt', 'future_date'],
    ['before the finding', { notifiedAt: '2026-11-30T09:59' }, 'notifiedAt', 'before_finding'],
  ])('refuses %s next to its field', (_, change, field, problem) => {
    const checked = checkNotify(NOTICE, { ...values, ...change }, context);
    expect(checked).toEqual({ ok: false, problems: { [field]: problem } });
  });

  it('builds the mutation the hub accepts, with the re-inspection id the dialog made', () => {
    expectAccepted(checkNotify(NOTICE, values, context), {
      kind: 'notice.notify',
      id: NOTICE.id,
      channel: 'in_person',
      notifiedAt: cordobaInstant(2026, 12, 1, 9, 30),
      reinspectionId: REINSPECTION,
    });
    expect(checkNotify(NOTICE, { ...values, notifiedAt: '2026-11-30T10:00' }, context).ok).toBe(true); // at the finding itself
  });

  it('records the trial variant when a trial covers the notice', () => {
    const checked = checkNotify(NOTICE, values, { ...context, trials: [TRIAL] });
    expect(checked.ok && checked.mutation).toMatchObject({ variant: { trialId: TRIAL.id, key: variantFor(TRIAL, NOTICE.id) } });
  });
});
