// Where a case stands, from the case and its hearing. The case record keeps the steps the desk takes on it
// (opened, notified, paid, descargo, term expired, and what follows the resolution); the hearing keeps its own
// (scheduled, held or in absentia, signed). Neither writes the other: each stays one record that a console can
// change offline, and this pure function joins them (the lifecycle of case-status.ts):
//
//   case waiting (defence_filed | term_expired) + hearing scheduled  → hearing_scheduled
//                                               + held               → hearing_held
//                                               + in absentia        → default_judgment
//                                               + signed             → resolved
import type { CourtCase } from '../records/court-case-schema.ts';
import type { Hearing } from '../records/hearing-schema.ts';
import type { CaseStatus } from './case-status.ts';

export const isWaitingForHearing = (status: CaseStatus): boolean => status === 'defence_filed' || status === 'term_expired';

/** The case's hearing: the latest of its hearings that is not cancelled and not an amendment, or null. */
export function currentHearing(caseId: string, hearings: readonly Hearing[]): Hearing | null {
  const own = hearings.filter((h) => h.caseId === caseId && h.status !== 'cancelled' && h.amends === null);
  return own.reduce<Hearing | null>((latest, h) => (!latest || h.start > latest.start ? h : latest), null);
}

export function caseStatus(courtCase: CourtCase, hearing: Hearing | null): CaseStatus {
  if (!isWaitingForHearing(courtCase.status) || !hearing || hearing.caseId !== courtCase.id) return courtCase.status;
  if (hearing.signed) return 'resolved';
  if (hearing.status === 'held') return 'hearing_held';
  if (hearing.status === 'in_absentia') return 'default_judgment';
  return hearing.status === 'scheduled' ? 'hearing_scheduled' : courtCase.status;
}
