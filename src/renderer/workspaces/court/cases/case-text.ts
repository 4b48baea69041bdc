// The sentences the cases list and the case view say about a case: its number, offender, article, the defence term,
// the voluntary-payment offer, money, and why its court is competent. Pure: t and the language in, text out, so
// each wording is tested in both languages.
import type { TFunction } from 'i18next';
import type { CaseView } from '../../../../shared/api/court.ts';
import { isProvisional } from '../../../../shared/court/case-number.ts';
import type { TermLeft } from '../../../../shared/court/deadlines.ts';
import type { VoluntaryPayment } from '../../../../shared/court/voluntary-payment.ts';
import type { CourtCase } from '../../../../shared/records/court-case-schema.ts';
import type { LegalBasis } from '../../../../shared/rules/findings.ts';
import { formatIsoDate } from '../../../i18n/format.ts';
import { decimalSeparatorOf } from '../../../dated-settings/value-form.ts';
import { formatInteger, formatNumber } from '../../../i18n/format.ts';

type T = TFunction<'courtDesk'>;

/** "TF-2026-000123"; a console's own number marked provisional; "Sin número" before the case is opened. */
export function caseNumberText(t: T, number: string | null): string {
  if (number === null) return t('number.none');
  return isProvisional(number) ? t('number.provisional', { number }) : number;
}

/** "Alcoholemia (Ord. 10.216), Art. 1"; the norm's name comes from the records dictionary (`normLabel`). */
export function articleText(t: T, basis: LegalBasis, normLabel: (norm: string) => string): string {
  const article = basis.suffix
    ? t('article.suffix', { article: basis.article, suffix: basis.suffix })
    : t('article.plain', { article: basis.article });
  return t('article.full', { norm: normLabel(basis.norm), article });
}

/** "Vence el 12/12/2026, faltan 3 días hábiles" · "Vence hoy (…)" · "Vencido el …". */
export function termText(t: T, term: TermLeft | null, locale: string): string {
  if (term === null) return t('term.none');
  const due = formatIsoDate(term.due, locale);
  if (term.state === 'expired') return t('term.expired', { due });
  if (term.state === 'last_day') return t('term.last_day', { due });
  // A calendar-day term can end on a weekend: no business day left, yet not due today.
  return term.businessDaysLeft === 0 ? t('term.openNoBusinessDay', { due }) : t('term.open', { due, count: term.businessDaysLeft });
}

/**
 * The case view's term line: live while the case waits for a payment or a descargo; once it moved on, only the
 * term's last day ("vencido" would read as a fault after a descargo filed in time).
 */
export function caseTermText(t: T, view: Pick<CaseView, 'status' | 'term'>, due: string | null, locale: string): string {
  if (view.status === 'notified' || due === null) return termText(t, view.term, locale);
  return t('term.until', { due: formatIsoDate(due, locale) });
}

/** The list's term column: the term matters only while the case waits for a payment or a descargo. */
export function listTermText(t: T, view: Pick<CaseView, 'status' | 'term'>, locale: string): string {
  return view.status === 'notified' && view.term !== null ? termText(t, view.term, locale) : t('list.noTerm');
}

/** Integer cents as pesos, "$ 12.345,67" (es-AR): split with integer arithmetic, never a float amount. */
export function moneyText(t: T, cents: number, locale: string): string {
  const pesos = Math.floor(cents / 100);
  const rest = String(cents - pesos * 100).padStart(2, '0');
  return t('money', { amount: `${formatInteger(pesos, locale)}${decimalSeparatorOf(locale)}${rest}` });
}

export const uemText = (t: T, count: number, locale: string): string => t('uem', { amount: formatNumber(count, locale) });

/**
 * Why a case that went on past its term has no offer. The rule answers "already decided" for every later status;
 * the desk reads what lost the discount: a descargo on record, else the term run out (a voluntary payment made is
 * said by its own line).
 */
function lostOffer(offer: Extract<VoluntaryPayment, { offered: false }>, courtCase: Pick<CourtCase, 'defence' | 'voluntaryPayment'>) {
  if (offer.reason !== 'already_decided' || courtCase.voluntaryPayment) return offer.reason;
  return courtCase.defence ? 'defence_filed' : 'term_expired';
}

/** The offer with its amounts and last day, or why there is none. */
export function offerText(
  t: T,
  view: Pick<CaseView, 'offer'> & { readonly case: Pick<CourtCase, 'notification' | 'defence' | 'voluntaryPayment'> },
  locale: string,
): string {
  const { offer } = view;
  if (!offer.offered) return t(`offer.${lostOffer(offer, view.case)}`);
  const due = view.case.notification?.due;
  return t('offer.offered', {
    pct: formatNumber(offer.discountPct, locale),
    amount: moneyText(t, offer.amountCents, locale),
    full: moneyText(t, offer.fullCents, locale),
    due: due ? formatIsoDate(due, locale) : '',
  });
}

/** Why the court: "competente por el CPC del barrio Nueva Córdoba"; null when no court was found. */
export function competenceText(t: T, courtCase: Pick<CourtCase, 'competence' | 'barrio'>): string | null {
  const { competence, barrio } = courtCase;
  if (competence === null) return null;
  const why = t(`view.competence.${competence.why}`, { barrio: barrio ?? '' });
  return competence.uncertain ? `${why}; ${t('view.uncertain')}` : why;
}
