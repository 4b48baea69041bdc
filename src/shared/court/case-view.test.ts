// A case as the desk sees it on a day: its standing, the term left and the voluntary-payment offer, table-driven
// over the steps where they change (the term's last day, a descargo, a scheduled hearing, a holiday).
import { describe, expect, it } from 'vitest';
import { caseAt, hearingAt, notified } from '../records/test-support/court-cases.ts';
import { caseView } from './case-view.ts';

const ID = '0190a8c0-0000-7000-8000-0000000000c1';
const NOTIFIED = caseAt(ID, 'notified', { notification: notified('2026-12-01', '2026-12-10') });
const NO_HOLIDAYS = new Set<string>();

describe('a case as the desk sees it', () => {
  it.each([
    // today, holidays, expected term, expected offer
    ['2026-12-04', NO_HOLIDAYS, { state: 'open', due: '2026-12-10', businessDaysLeft: 4 }, { offered: true, amountCents: 129_696_000 }],
    ['2026-12-04', new Set(['2026-12-08']), { state: 'open', due: '2026-12-10', businessDaysLeft: 3 }, { offered: true }],
    ['2026-12-10', NO_HOLIDAYS, { state: 'last_day', due: '2026-12-10' }, { offered: true }],
    ['2026-12-11', NO_HOLIDAYS, { state: 'expired', due: '2026-12-10' }, { offered: false, reason: 'term_expired' }],
  ])('on %s', (today, holidays, term, offer) => {
    const view = caseView(NOTIFIED, [], { today, holidays });
    expect(view.status).toBe('notified');
    expect(view.term).toEqual(term);
    expect(view.offer).toMatchObject(offer);
  });

  it('loses the discount with a descargo and stands where its hearing is', () => {
    const filed = { ...NOTIFIED, status: 'defence_filed' as const };
    const day = { today: '2026-12-04', holidays: NO_HOLIDAYS };
    expect(caseView(filed, [], day).offer).toEqual({ offered: false, reason: 'defence_filed' });
    const view = caseView(filed, [hearingAt(ID, 'scheduled')], day, 'pending');
    expect(view).toMatchObject({ status: 'hearing_scheduled', hearing: { caseId: ID }, unsynced: 'pending' });
    expect(view.offer).toEqual({ offered: false, reason: 'already_decided' });
  });

  it('has neither term nor offer before the notification', () => {
    const view = caseView(caseAt(ID, 'opened'), [], { today: '2026-12-04', holidays: NO_HOLIDAYS });
    expect(view).toMatchObject({ status: 'opened', term: null, offer: { offered: false, reason: 'not_notified' } });
  });
});
