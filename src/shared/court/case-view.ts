// A case as the desk sees it on a Córdoba day: where it stands (the case joined with its hearing), what is left of
// the defence term, and whether the voluntary payment with the discount is still offered — the rules of this
// folder applied to one case, so the console's lists and the case view say the same (docs/DOMAIN.md, Court procedure).
import type { CaseView } from '../api/court.ts';
import type { UnsyncedState } from '../operations/types.ts';
import type { CourtCase } from '../records/court-case-schema.ts';
import type { Hearing } from '../records/hearing-schema.ts';
import type { IsoDate } from '../settings/iso-date.ts';
import { termLeft } from './deadlines.ts';
import { caseStatus, currentHearing } from './effective-status.ts';
import { voluntaryPayment } from './voluntary-payment.ts';

export interface CaseDay {
  readonly today: IsoDate;
  /** The holidays in force today (the term's business days skip them). */
  readonly holidays: ReadonlySet<IsoDate>;
}

export function caseView(
  courtCase: CourtCase,
  hearings: readonly Hearing[],
  day: CaseDay,
  unsynced: UnsyncedState | null = null,
): CaseView {
  const hearing = currentHearing(courtCase.id, hearings);
  const status = caseStatus(courtCase, hearing);
  const notification = courtCase.notification;
  const term = notification ? termLeft(notification.due, day.today, day.holidays) : null;
  const offer = voluntaryPayment({
    status,
    due: notification?.due ?? null,
    today: day.today,
    fineUem: notification?.offerUem ?? 0,
    uemValueArs: notification?.uemValueArs ?? 0,
    discountPct: notification?.discountPct ?? 0,
  });
  return { case: courtCase, status, hearing, term, offer, unsynced };
}
