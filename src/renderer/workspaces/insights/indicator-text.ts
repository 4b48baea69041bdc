// An indicator's figures as the dashboard, its chart tables and their CSV files write them: a share as a percentage
// with its 95 % interval ("75,3 %", "IC 95 %: 71–79 %"), a count grouped ("1.234"), a rate per shift and a median
// with its unit ("2,4 por turno", "18 min"), the numerator and denominator in words, and the chosen filters the
// indicator cannot be split by.
import {
  type Dashboard,
  INSIGHT_FILTER_DIMENSIONS,
  type IndicatorUnit,
  type IndicatorValue,
  type InsightFilterDimension,
  type InsightsFilter,
} from '../../../shared/api/insights.ts';
import type { InsightsT } from './insights-t.ts';

const decimals = new Map<string, Intl.NumberFormat>();

/** Grouped, at most one decimal: 1.234,6 (es-AR), 1,234.6 (en). */
export function formatDecimal(value: number, locale: string): string {
  let format = decimals.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
    decimals.set(locale, format);
  }
  return format.format(value);
}

/** A figure on the scale people read it: a share (0–1) as a percentage (0–100); every other unit as it is. */
export const displayValue = (unit: IndicatorUnit, value: number): number => (unit === 'ratio' ? value * 100 : value);

/** A figure of `unit` with its unit ("75,3 %", "1.234", "2,4 por turno", "18 min", "42 días"); null: "Sin datos". */
export function unitValueText(unit: IndicatorUnit, value: number | null, t: InsightsT, locale: string): string {
  return value === null ? t('chart.noValue') : shownValueText(unit, displayValue(unit, value), t, locale);
}

/** A figure already on the scale people read (a chart's axis and points: a share as 0–100) with its unit. */
export function shownValueText(unit: IndicatorUnit, shown: number, t: InsightsT, locale: string): string {
  const value = formatDecimal(shown, locale);
  switch (unit) {
    case 'ratio':
      return t('value.percent', { value });
    case 'count':
      return value;
    case 'per_shift':
      return t('value.perShift', { value });
    case 'minutes':
      return t('value.minutes', { value });
    case 'days':
      return t('value.days', { value });
  }
}

export const isMedian = (unit: IndicatorUnit): boolean => unit === 'minutes' || unit === 'days';

/** "IC 95 %: 71–79 %" for a share with an interval; null otherwise. */
export function intervalText(indicator: Pick<IndicatorValue, 'unit' | 'interval'>, t: InsightsT, locale: string): string | null {
  if (indicator.unit !== 'ratio' || indicator.interval === null) return null;
  const bound = (share: number) => formatDecimal(share * 100, locale);
  return t('value.interval', { low: bound(indicator.interval.low), high: bound(indicator.interval.high) });
}

/** What the figure counts, in words ("713 de 950 emplazamientos con plazo vencido se cumplieron…"); null when empty. */
export function basisText(indicator: IndicatorValue, t: InsightsT, locale: string): string | null {
  if (indicator.denominator === null && indicator.numerator === null) return null;
  const count = (n: number | null) => (n === null ? '—' : formatDecimal(n, locale));
  return t(`indicator.${indicator.id}.basis`, { numerator: count(indicator.numerator), denominator: count(indicator.denominator) });
}

/** The dimensions the person chose that this indicator cannot be split by, in the filter's order. */
export function unappliedDimensions(indicator: IndicatorValue, filter: InsightsFilter): InsightFilterDimension[] {
  return INSIGHT_FILTER_DIMENSIONS.filter(
    (dimension) => (filter[dimension]?.length ?? 0) > 0 && !indicator.appliedFilters.includes(dimension),
  );
}

/** "El filtro de canal de la denuncia no se aplica a este indicador."; null when every chosen filter applies. */
export function notAppliedText(indicator: IndicatorValue, filter: InsightsFilter, t: InsightsT, locale: string): string | null {
  const dimensions = unappliedDimensions(indicator, filter);
  if (dimensions.length === 0) return null;
  const list = new Intl.ListFormat(locale, { type: 'conjunction' }).format(dimensions.map((d) => t(`dimension.${d}`)));
  return t('card.notApplied', { count: dimensions.length, dimensions: list });
}

/** The counting rule in force behind an indicator that has one ("6 meses de seguimiento…"); null for the others. */
export function ruleText(indicator: IndicatorValue, rules: Dashboard['rules'], t: InsightsT): string | null {
  switch (indicator.id) {
    case 'warnings_not_followed':
      return t('card.rule.warnings_not_followed', { months: rules.warningFollowUpMonths });
    case 'repeat_offenders':
      return t('card.rule.repeat_offenders', { findings: rules.repeatOffenderFindings, window: rules.repeatWindowMonths });
    default:
      return null;
  }
}
