// Runs in: Node (tests only). Hand-made Dashboards for the report's layout tests: March 2026 in Güemes and Nueva
// Córdoba with plausible figures (compliance without sanction 81.3 % of 480 notices, as the 2021 figures go), the
// month before, the same month of 2025 and the twelve months to March 2026. Each call returns fresh objects.
import type { BreakdownRow, Dashboard, IndicatorId, IndicatorValue, InsightsFilter } from '../../../shared/api/insights.ts';
import { proportion } from '../../../shared/insights/stats.ts';
import type { MonthlyReport } from '../report.ts';
import { addMonths, monthsRange } from '../month.ts';
import { cordobaInstant } from '../../../shared/time/cordoba.ts';

export const MONTH = '2026-03';
export const SCOPE = { barrios: ['Güemes', 'Nueva Córdoba'], cpcs: [] as string[] };
/** 2 April 2026, 10:15 in Córdoba. */
export const GENERATED_AT = cordobaInstant(2026, 4, 2, 10, 15);

const RULES = { warningFollowUpMonths: 6, repeatOffenderFindings: 2, repeatWindowMonths: 12, minSample: 30 };

/** Compliance (complied, decided) by month: a rising year, March 2026 last. */
const COMPLIANCE: Readonly<Record<string, readonly [number, number]>> = {
  '2025-03': [281, 401],
  '2025-04': [300, 420],
  '2025-05': [322, 431],
  '2025-06': [298, 390],
  '2025-07': [310, 402],
  '2025-08': [333, 430],
  '2025-09': [342, 441],
  '2025-10': [355, 452],
  '2025-11': [349, 440],
  '2025-12': [301, 380],
  '2026-01': [0, 0],
  '2026-02': [356, 450],
  '2026-03': [390, 480],
};

function months(from: string, to: string): string[] {
  const out: string[] = [];
  for (let m = from.slice(0, 7); m <= to.slice(0, 7); m = addMonths(m, 1)) out.push(m);
  return out;
}

function ratio(id: IndicatorId, rows: readonly BreakdownRow[], applied: IndicatorValue['appliedFilters']): IndicatorValue {
  const numerator = rows.reduce((s, r) => s + (r.numerator ?? 0), 0);
  const denominator = rows.reduce((s, r) => s + (r.denominator ?? 0), 0);
  const p = proportion(numerator, denominator);
  return {
    id,
    unit: 'ratio',
    value: p.estimate,
    numerator: denominator > 0 ? numerator : null,
    denominator: denominator > 0 ? denominator : null,
    interval: p.lower !== null && p.upper !== null ? { low: p.lower, high: p.upper } : null,
    breakdown: { by: 'month', rows },
    appliedFilters: applied,
  };
}

const ratioRow = (key: string, numerator: number, denominator: number): BreakdownRow => ({
  key,
  value: denominator > 0 ? numerator / denominator : null,
  numerator,
  denominator,
});

/** A month's figures around March 2026's, varying with the month (so a month has the same figures in every Dashboard). */
function monthly(
  id: IndicatorId,
  list: readonly string[],
  base: [number, number],
  applied: IndicatorValue['appliedFilters'],
): IndicatorValue {
  const rows = list.map((m) => {
    const k = Number(m.slice(2, 4)) * 12 + Number(m.slice(5, 7));
    const wobble = 1 + ((k * 7) % 5) / 40 - 0.05;
    const denominator = Math.round(base[1] * wobble);
    return ratioRow(m, Math.min(denominator, Math.round(base[0] * wobble * (0.92 + (k % 3) * 0.04))), denominator);
  });
  return ratio(id, rows, applied);
}

/** A count broken down by something other than the month, its rows adding up to it; of `denominator` (itself if none). */
function count(
  id: IndicatorId,
  by: IndicatorValue['breakdown']['by'],
  rows: readonly (readonly [string, number])[],
  applied: IndicatorValue['appliedFilters'],
  denominator?: number,
): IndicatorValue {
  const value = rows.reduce((s, [, n]) => s + n, 0);
  return {
    id,
    unit: 'count',
    value,
    numerator: value,
    denominator: denominator ?? value,
    interval: null,
    breakdown: { by, rows: rows.map(([key, n]) => ({ key, value: n })) },
    appliedFilters: applied,
  };
}

const ALL: IndicatorValue['appliedFilters'] = ['barrios', 'cpcs', 'operationTypes', 'categories', 'channels'];
const PLACES: IndicatorValue['appliedFilters'] = ['barrios', 'cpcs', 'categories'];

function indicators(filter: InsightsFilter): IndicatorValue[] {
  const list = months(filter.from, filter.to);
  const scale = list.length;
  const compliance = ratio(
    'compliance_without_sanction',
    list.map((m) => ratioRow(m, COMPLIANCE[m]?.[0] ?? 0, COMPLIANCE[m]?.[1] ?? 0)),
    PLACES,
  );
  /** A median by month; the range's own value is its last month's (the report's month in a one-month Dashboard). */
  const median = (id: IndicatorId, unit: 'minutes' | 'days', base: number, n: number): IndicatorValue => {
    const rows = list.map((m) => ({ key: m, value: base + (Number(m.slice(5, 7)) % 4) - 1.5, denominator: n }));
    return {
      id,
      unit,
      value: rows.at(-1)!.value,
      numerator: null,
      denominator: n * scale,
      interval: null,
      breakdown: { by: 'month', rows },
      appliedFilters: id === 'response_time' ? ['barrios', 'cpcs', 'channels'] : ['barrios', 'cpcs'],
    };
  };
  const perShift = (id: IndicatorId, perShiftValue: number, shifts: number): IndicatorValue => ({
    id,
    unit: 'per_shift',
    value: perShiftValue,
    numerator: Math.round(perShiftValue * shifts * scale),
    denominator: shifts * scale,
    interval: null,
    breakdown: {
      by: 'shift',
      rows: [
        { key: 'morning', value: perShiftValue * 0.8, numerator: Math.round(perShiftValue * 0.8 * shifts), denominator: shifts },
        { key: 'afternoon', value: perShiftValue * 1.05, numerator: Math.round(perShiftValue * 1.05 * shifts), denominator: shifts },
        { key: 'night', value: perShiftValue * 1.3, numerator: Math.round(perShiftValue * 1.3 * shifts), denominator: shifts },
      ],
    },
    appliedFilters: ['barrios', 'cpcs', 'operationTypes'],
  });
  const channels: [string, number][] = [
    ['line_103', 212],
    ['help_line', 64],
    ['whatsapp', 141],
    ['citizens_app', 88],
    ['camera', 37],
    ['patrol', 19],
  ];
  return [
    compliance,
    monthly('warnings_not_followed', list, [205, 240], ALL),
    perShift('operations_per_shift', 2.4, 62),
    perShift('people_reached_per_shift', 38.5, 62),
    monthly('alcohol_positivity', list, [46, 1210], ['barrios', 'cpcs', 'operationTypes']),
    monthly('noise_exceedance', list, [58, 143], ['barrios', 'cpcs', 'operationTypes']),
    monthly('camera_notified', list, [132, 415], ['barrios', 'cpcs']),
    count(
      'complaints_by_channel',
      'channel',
      channels.map(([key, n]) => [key, n * scale]),
      ['barrios', 'cpcs', 'channels'],
    ),
    median('response_time', 'minutes', 23.5, 420),
    {
      id: 'repeat_offenders',
      unit: 'ratio',
      value: 41 / 530,
      numerator: 41,
      denominator: 530,
      interval: { low: 0.0575, high: 0.1033 },
      breakdown: {
        by: 'category',
        rows: [ratioRow('alcohol', 9, 160), ratioRow('noise', 14, 120), ratioRow('street_vending', 8, 90), ratioRow('vacant_lot', 10, 160)],
      },
      appliedFilters: PLACES,
    },
    count(
      'court_backlog',
      'status',
      [
        ['notified', 121],
        ['defence_filed', 64],
        ['hearing_scheduled', 58],
        ['payment_plan', 69],
      ],
      [],
      1204,
    ),
    median('time_to_resolution', 'days', 37, 150),
    monthly('voluntary_payment_share', list, [61, 150], ['barrios', 'cpcs', 'categories']),
  ];
}

export function dashboardFixture(filter: InsightsFilter): Dashboard {
  return {
    filter,
    rules: RULES,
    indicators: indicators(filter),
    basis: { operations: 1843, findings: 2310, notices: 512, incidents: 561, cases: 148 },
  };
}

const monthFilter = (first: string, last: string): InsightsFilter => ({
  ...monthsRange(first, last)!,
  barrios: [...SCOPE.barrios],
  cpcs: [...SCOPE.cpcs],
});

/** The report of March 2026 as export-report.ts would assemble it from computeDashboard. */
export function reportFixture(): MonthlyReport {
  return {
    month: MONTH,
    scope: { barrios: [...SCOPE.barrios], cpcs: [...SCOPE.cpcs] },
    generatedAt: GENERATED_AT,
    current: dashboardFixture(monthFilter(MONTH, MONTH)),
    previousMonth: dashboardFixture(monthFilter('2026-02', '2026-02')),
    previousYear: dashboardFixture(monthFilter('2025-03', '2025-03')),
    trend: dashboardFixture(monthFilter('2025-04', MONTH)),
  };
}

/** A month with nothing recorded in its scope: every indicator without a value, every breakdown row empty. */
export function emptyReportFixture(): MonthlyReport {
  const empty = (first: string, last: string): Dashboard => {
    const d = dashboardFixture(monthFilter(first, last));
    return {
      ...d,
      indicators: d.indicators.map((i) => ({
        ...i,
        value: null,
        numerator: null,
        denominator: null,
        interval: null,
        breakdown: { by: i.breakdown.by, rows: i.breakdown.rows.map((r) => ({ key: r.key, value: null })) },
      })),
      basis: { operations: 0, findings: 0, notices: 0, incidents: 0, cases: 0 },
    };
  };
  return { ...reportFixture(), current: empty(MONTH, MONTH), previousMonth: empty('2026-02', '2026-02') };
}
