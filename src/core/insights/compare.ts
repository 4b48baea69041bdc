// Runs in: Node. Two groups of one indicator — before and after a campaign, its barrios against others — with the
// difference a − b and its 95 % interval (shared/insights/stats.ts). The groups were not randomised, so the
// comparison is observational: a difference is an association.
//
//   ratio      proportionDifference of numerator/denominator (Newcombe's interval), adequacy against minSample;
//   count      rateDifference of the counts per day of each range (complaints received); the court backlog is a
//              stock at one instant, so its counts are compared as they are (exposure 1);
//   per_shift  rateDifference of operations or people over the shifts worked (the exposure);
//   minutes, days  medians: no interval for a difference of medians is given ('not_comparable').
import type { Database } from 'better-sqlite3';
import type { Comparison, IndicatorValue, InsightsCompareInput, InsightsFilter, Interval } from '../../shared/api/insights.ts';
import { proportionDifference, rateDifference, sampleAdequacy } from '../../shared/insights/stats.ts';
import { settingOnDay } from '../../shared/settings/dated.ts';
import { cordobaDayRange } from '../../shared/time/cordoba.ts';
import { HandlerError } from '../api/dispatch.ts';
import { computeIndicator, type IndicatorContext } from './dashboard.ts';

const DAY = 86_400_000;

/** Córdoba days in the filter's range. */
const daysOf = (filter: InsightsFilter) => Math.round((cordobaDayRange(filter.to)![1] - cordobaDayRange(filter.from)![0]) / DAY);

const interval = (lower: number | null, upper: number | null): Interval | null =>
  lower === null || upper === null ? null : { low: lower, high: upper };

const difference = (estimate: number | null, lower: number | null, upper: number | null) => {
  const range = interval(lower, upper);
  return estimate === null || range === null ? null : { estimate, interval: range };
};

/** The exposure a count or per-shift figure is a rate over. */
function exposureOf(value: IndicatorValue, filter: InsightsFilter): { count: number; exposure: number } {
  if (value.unit === 'per_shift') return { count: value.numerator ?? 0, exposure: value.denominator ?? 0 };
  return { count: value.value ?? 0, exposure: value.id === 'court_backlog' ? 1 : daysOf(filter) };
}

export function compareIndicator(db: Database, { indicator, a, b }: InsightsCompareInput, context: IndicatorContext): Comparison {
  const later = a.filter.to > b.filter.to ? a.filter.to : b.filter.to;
  const rules = settingOnDay(context.settings, 'insights.rules', later);
  if (!rules) throw new HandlerError({ code: 'refused', issues: [{ path: 'insights.rules', code: 'missing_settings' }] });
  const va = computeIndicator(db, indicator, a.filter, context);
  if (va.withheld) throw new HandlerError({ code: 'forbidden' });
  const vb = computeIndicator(db, indicator, b.filter, context);
  const base = { indicator, a: va, b: vb, observational: true as const };
  switch (va.unit) {
    case 'ratio': {
      const counts = (v: IndicatorValue) => ({ successes: v.numerator ?? 0, n: v.denominator ?? 0 });
      const d = proportionDifference(counts(va), counts(vb), { minSample: rules.minSample });
      return { ...base, method: 'proportion_difference', difference: difference(d.difference, d.lower, d.upper), adequacy: d.adequacy };
    }
    case 'count':
    case 'per_shift': {
      const d = rateDifference(exposureOf(va, a.filter), exposureOf(vb, b.filter), {});
      return { ...base, method: 'rate_difference', difference: difference(d.difference, d.lower, d.upper), adequacy: d.adequacy };
    }
    case 'minutes':
    case 'days':
      return {
        ...base,
        method: 'not_comparable',
        difference: null,
        adequacy: sampleAdequacy({ sizes: [va.denominator ?? 0, vb.denominator ?? 0], expected: [], interval: null }, rules),
      };
  }
}
