// How the studies (comparisons and notice trials) write what the dashboard does not: a difference with its 95 %
// interval ("+6,2 puntos (IC 95 %: +1,1 a +11,3)"), a group's sample size, and whether the sample can conclude. An
// indicator's value and a share's interval are written as the dashboard writes them (../indicator-text.ts). Pure: t
// and the language in, text out, so each wording is tested in both languages.
import type { TFunction } from 'i18next';
import type { Comparison, IndicatorId, IndicatorUnit, IndicatorValue } from '../../../../shared/api/insights.ts';
import type { Adequacy } from '../../../../shared/insights/stats.ts';
import { formatDecimal } from '../indicator-text.ts';

type T = TFunction<'insightsStudies'>;

const OPTIONS = {
  signed: { minimumFractionDigits: 1, maximumFractionDigits: 1, signDisplay: 'exceptZero' },
  hundredths: { minimumFractionDigits: 2, maximumFractionDigits: 2, signDisplay: 'exceptZero' },
  thousandths: { minimumFractionDigits: 3, maximumFractionDigits: 3 },
} as const satisfies Record<string, Intl.NumberFormatOptions>;
const formats = new Map<string, Intl.NumberFormat>();

function format(locale: string, kind: keyof typeof OPTIONS): Intl.NumberFormat {
  const key = `${locale} ${kind}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, OPTIONS[kind]);
    formats.set(key, f);
  }
  return f;
}

/** One decimal with its sign ("+6,2", "-1,1"; zero has none, so "-0,0" never reads as a decrease), for differences. */
export const signed = (value: number, locale: string): string => format(locale, 'signed').format(value);
/** Two decimals with the sign, for effect sizes ("+0,13"). */
export const hundredths = (value: number, locale: string): string => format(locale, 'hundredths').format(value);
/** Three decimals, for a p-value ("0,542"). */
export const thousandths = (value: number, locale: string): string => format(locale, 'thousandths').format(value);

/** How many records a group's figure rests on: "48 de 120" for a share, "n = 35" otherwise. */
export function sampleText(t: T, value: Pick<IndicatorValue, 'unit' | 'numerator' | 'denominator'>, locale: string): string {
  if (value.unit === 'ratio' && value.numerator !== null && value.denominator !== null)
    return t('sample.ratio', { numerator: formatDecimal(value.numerator, locale), denominator: formatDecimal(value.denominator, locale) });
  return t('sample.other', { n: formatDecimal(value.denominator ?? value.numerator ?? 0, locale) });
}

export interface DifferenceFacts {
  readonly indicator: IndicatorId;
  readonly unit: IndicatorUnit;
  readonly method: Comparison['method'];
  readonly difference: Comparison['difference'];
}

/**
 * a − b with its interval: a difference of shares in percentage points ("+6,2 puntos (IC 95 %: +1,1 a +11,3)"), a
 * difference of rates in the rate's unit — counts are compared per day of each range, except the court backlog, a
 * stock counted at one instant (core/insights/compare.ts) —; a sentence when there is none to give.
 */
export function differenceText(t: T, facts: DifferenceFacts, locale: string): string {
  if (facts.method === 'not_comparable') return t('difference.notComparable');
  if (facts.difference === null) return t('difference.none');
  const { estimate, interval } = facts.difference;
  const scale = facts.method === 'proportion_difference' ? 100 : 1;
  const values = {
    estimate: signed(estimate * scale, locale),
    low: signed(interval.low * scale, locale),
    high: signed(interval.high * scale, locale),
  };
  if (facts.method === 'proportion_difference' || facts.unit === 'ratio') return t('difference.points', values);
  if (facts.unit === 'per_shift') return t('difference.per_shift', values);
  if (facts.unit === 'count') return t(facts.indicator === 'court_backlog' ? 'difference.count' : 'difference.perDay', values);
  // Medians have no difference with an interval (the core says 'not_comparable' for them).
  return t('difference.notComparable');
}

/** Whether the sample can conclude, in words; the minimum group size is named when it is known. */
export function adequacyText(t: T, adequacy: Adequacy, minSample: number | null, per: 'group' | 'variant'): string {
  if (adequacy !== 'too_small') return t(`adequacy.${adequacy}`);
  if (minSample === null) return t('adequacy.too_small');
  return per === 'group' ? t('adequacy.too_small_group', { min: minSample }) : t('adequacy.too_small_variant', { min: minSample });
}
