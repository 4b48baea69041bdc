// Runs in: Node. What a monthly report is drawn from: the Dashboard of its month for its barrios and CPCs, the
// same for the month before and the same month a year before (the headline's comparison) and for the twelve months
// up to it (the charts of what is broken down by month). Each is computeDashboard's, never a figure of its own.
import type { Database } from 'better-sqlite3';
import type { Dashboard, InsightsFilter } from '../../shared/api/insights.ts';
import { computeDashboard, type IndicatorContext } from '../insights/dashboard.ts';
import { reportMonths, type DayRange, type Month } from './month.ts';

export interface ReportScope {
  readonly barrios: readonly string[];
  readonly cpcs: readonly string[];
}

export interface MonthlyReport {
  readonly month: Month;
  readonly scope: ReportScope;
  /** Epoch ms: the "generated" line, and whether the month was still running. */
  readonly generatedAt: number;
  readonly current: Dashboard;
  /** null: a month outside the records' years. */
  readonly previousMonth: Dashboard | null;
  readonly previousYear: Dashboard | null;
  readonly trend: Dashboard | null;
}

export interface ReportRequest {
  readonly month: Month;
  readonly barrios?: readonly string[];
  readonly cpcs?: readonly string[];
}

/** The four Dashboards of a report, computed at one `now` (a notice's deadline has passed or not for all four). */
export function monthlyReport(db: Database, request: ReportRequest, context: IndicatorContext): MonthlyReport {
  const scope: ReportScope = { barrios: request.barrios ?? [], cpcs: request.cpcs ?? [] };
  const dashboard = (range: DayRange | null): Dashboard | null => {
    if (!range) return null;
    const filter: InsightsFilter = {
      ...range,
      ...(scope.barrios.length > 0 ? { barrios: [...scope.barrios] } : {}),
      ...(scope.cpcs.length > 0 ? { cpcs: [...scope.cpcs] } : {}),
    };
    return computeDashboard(db, filter, context);
  };
  const months = reportMonths(request.month);
  const current = dashboard(months.month);
  // MonthSchema keeps a report's month within the records' years.
  if (!current) throw new RangeError(`insights report: month out of range: ${request.month}`);
  return {
    month: request.month,
    scope,
    generatedAt: context.now,
    current,
    previousMonth: dashboard(months.previousMonth),
    previousYear: dashboard(months.previousYear),
    trend: dashboard(months.trend),
  };
}
