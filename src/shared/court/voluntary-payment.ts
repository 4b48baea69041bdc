// The voluntary payment with the discount in force (docs/DOMAIN.md, Court procedure): offered once the case is
// notified and only while the defence term is open; filing a descargo, the term passing or anything later loses
// it. The amount is the offered fine in UEM at the UEM value in force on the notification day, less the discount
// in force that day (amounts.ts says why that date).
import { discounted, uemToCents, type Cents } from './amounts.ts';
import type { CaseStatus } from './case-status.ts';

export type VoluntaryPayment =
  | { readonly offered: true; readonly fullCents: Cents; readonly discountPct: number; readonly amountCents: Cents }
  | { readonly offered: false; readonly reason: 'not_notified' | 'defence_filed' | 'term_expired' | 'already_decided' };

export interface VoluntaryPaymentInput {
  readonly status: CaseStatus;
  /** The term's last day and today, as Córdoba dates. */
  readonly due: string | null;
  readonly today: string;
  /** The fine offered for voluntary payment, in UEM (the article's minimum unless the court says otherwise). */
  readonly fineUem: number;
  /** In force on the notification day. */
  readonly uemValueArs: number;
  readonly discountPct: number;
}

export function voluntaryPayment(input: VoluntaryPaymentInput): VoluntaryPayment {
  const { status, due, today } = input;
  if (status === 'incoming' || status === 'opened' || due === null) return { offered: false, reason: 'not_notified' };
  if (status === 'defence_filed') return { offered: false, reason: 'defence_filed' };
  if (status !== 'notified') return { offered: false, reason: status === 'term_expired' ? 'term_expired' : 'already_decided' };
  if (today > due) return { offered: false, reason: 'term_expired' };
  const fullCents = uemToCents(input.fineUem, input.uemValueArs);
  return { offered: true, fullCents, discountPct: input.discountPct, amountCents: discounted(fullCents, input.discountPct) };
}
