import { describe, expect, it } from 'vitest';
import { NOTIFIED, noticeAt } from '../../../../shared/records/test-support/notices.ts';
import { DEFAULT_SETTINGS } from '../../../../shared/settings/defaults.ts';
import { cordobaInstant } from '../../../../shared/time/cordoba.ts';
import { checkReinspect, initialReinspectValues, outcomesAt } from './reinspect-form.ts';
import { expectAccepted } from './test-support/expect-accepted.ts';

// Notified on Monday 30 November 2026: the last day is Thursday 3 December.
const NOTICE = { ...noticeAt('0190a8c0-0000-7000-8000-0000000000a1'), notification: NOTIFIED };
const ACTA = '0190a8c0-0000-7000-8000-0000000000d1';
const NOW = cordobaInstant(2026, 12, 5, 12, 0);
const context = { settings: DEFAULT_SETTINGS, actaId: ACTA, now: NOW };
const ALL_ALLOWED = { complied_by_owner: 'allowed', complied_by_city: 'allowed', not_complied: 'allowed' };

describe('outcomesAt: what the deadline still rules out', () => {
  it.each([
    ['on the last day', cordobaInstant(2026, 12, 3, 18, 0), { ...ALL_ALLOWED, complied_by_city: 'term_open', not_complied: 'term_open' }],
    ['from the first minute after it', cordobaInstant(2026, 12, 4, 0, 0), ALL_ALLOWED],
    ['with the visit’s time not yet readable', null, ALL_ALLOWED],
  ])('%s', (_, at, expected) => {
    expect(outcomesAt(NOTICE, at, DEFAULT_SETTINGS)).toEqual(expected);
  });
});

describe('checkReinspect', () => {
  const values = { outcome: 'not_complied', at: '2026-12-04T08:15', comment: '  Malezas sin cortar.  ' };

  it('starts with no result and now', () => {
    expect(initialReinspectValues(NOW)).toEqual({ outcome: '', at: '2026-12-05T12:00', comment: '' });
  });

  it('builds the result the hub accepts: an acta, with the id the dialog made and the comment trimmed', () => {
    const mutation = {
      kind: 'notice.reinspect',
      id: NOTICE.id,
      outcome: 'not_complied',
      at: cordobaInstant(2026, 12, 4, 8, 15),
      actaId: ACTA,
      comment: 'Malezas sin cortar.',
    };
    expectAccepted(checkReinspect(NOTICE, values, context), mutation, { acta: true });
  });

  it('makes no acta when the owner complied, even before the deadline, and leaves an empty comment out', () => {
    const checked = checkReinspect(NOTICE, { ...values, outcome: 'complied_by_owner', at: '2026-12-02T10:00', comment: ' ' }, context);
    expect(checked.ok && checked.acta).toBe(false);
    expect(checked.ok && checked.mutation).not.toHaveProperty('comment');
  });

  it.each([
    ['no result', { outcome: '' }, 'outcome', 'required'],
    ['the city’s repair before the deadline', { outcome: 'complied_by_city', at: '2026-12-03T10:00' }, 'outcome', 'term_open'],
    ['no date', { at: '' }, 'at', 'required'],
    ['a date that is not one', { at: 'mañana' }, 'at', 'invalid_date'],
    ['after now', { at: '2026-12-05T12:30' }, 'at', 'future_date'],
    ['a comment over 2,000 characters', { comment: 'x'.repeat(2001) }, 'comment', 'too_long'],
  ])('refuses %s next to its field', (_, change, field, problem) => {
    expect(checkReinspect(NOTICE, { ...values, ...change }, context)).toEqual({ ok: false, problems: { [field]: problem } });
  });
});
