// What a notice trial's report says: each wording's compliance with its interval, each wording's effect against the
// first (a difference of shares in points, with its interval and Cohen's h), whether the split between wordings
// looks like the seeded draw, and whether the sample can conclude at all. Pure: t and the language in, text out.
import type { TFunction } from 'i18next';
import type { TrialReport, TrialVariantResult } from '../../../../shared/api/insights.ts';
import { adequacyText, differenceText, hundredths, thousandths } from '../compare/study-text.ts';
import { formatDecimal, intervalText, unitValueText } from '../indicator-text.ts';
import type { InsightsT } from '../insights-t.ts';

type T = TFunction<'insightsStudies'>;
type Effect = TrialReport['effects'][number];

/**
 * The split is flagged when a fair draw would give one at least this uneven less than 5 % of the time: the same 5 %
 * the report's 95 % intervals leave out, so the report holds one standard of evidence throughout.
 */
export const BALANCE_ALPHA = 0.05;

/** "40 % (IC 95 %: 24,6–57,7 %)", as the dashboard writes a share; "Ningún plazo venció todavía" before any deadline passed. */
export function variantShareText(t: T, ti: InsightsT, variant: Pick<TrialVariantResult, 'share' | 'interval'>, locale: string): string {
  if (variant.share === null) return t('report.noShare');
  const value = unitValueText('ratio', variant.share, ti, locale);
  const interval = intervalText({ unit: 'ratio', interval: variant.interval }, ti, locale);
  return interval === null ? value : t('report.share', { value, interval });
}

/** The effect as a difference of compliance shares: "+6,2 puntos (IC 95 %: +1,1 a +11,3)". */
export function effectText(t: T, effect: Pick<Effect, 'difference' | 'interval'>, locale: string): string {
  const difference =
    effect.difference !== null && effect.interval !== null ? { estimate: effect.difference, interval: effect.interval } : null;
  return differenceText(
    t,
    { indicator: 'compliance_without_sanction', unit: 'ratio', method: 'proportion_difference', difference },
    locale,
  );
}

/** Cohen's h with its sign ("+0,13"); a dash without one. */
export const cohenHText = (h: number | null, locale: string): string => (h === null ? '—' : hundredths(h, locale));

/** Whether the effect can conclude, naming the minimum per wording when it is known. */
export const effectConclusion = (t: T, effect: Pick<Effect, 'adequacy'>, minSample: number | null): string =>
  adequacyText(t, effect.adequacy, minSample, 'variant');

/** The headline the report opens with when any effect is too small to conclude; null when none is. */
export function tooSmallText(t: T, report: Pick<TrialReport, 'effects'>, minSample: number | null): string | null {
  return report.effects.some((e) => e.adequacy === 'too_small') ? adequacyText(t, 'too_small', minSample, 'variant') : null;
}

/** The balance check in words, with its chi-square and p; a sentence of its own before any notice was notified. */
export function balanceText(t: T, report: Pick<TrialReport, 'variants' | 'balance'>, locale: string): string {
  if (report.variants.every((v) => v.notified === 0)) return t('report.balance.none');
  const { chiSquare, pValue } = report.balance;
  // Three decimals: a p-value under 0,001 is said as such, never as "p = 0,000".
  const p =
    pValue < 0.001
      ? t('report.balance.pBelow', { p: thousandths(0.001, locale) })
      : t('report.balance.p', { p: thousandths(pValue, locale) });
  const values = { chi: formatDecimal(chiSquare, locale), p };
  return pValue >= BALANCE_ALPHA ? t('report.balance.expected', values) : t('report.balance.differs', values);
}
