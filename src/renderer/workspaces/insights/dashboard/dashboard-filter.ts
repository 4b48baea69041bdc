// The dashboard's filter as the bar edits it, and the InsightsFilter the core computes over. Opens on the last 12
// full months in Córdoba (a year of whole months, so every month's figure is comparable with the others); the
// choices left empty mean "all". The contract's own schema decides what is a valid filter, so the bar and the core
// can never disagree on it.
import { InsightsFilterSchema, type InsightsFilter } from '../../../../shared/api/insights.ts';
import type { ComplaintChannel } from '../../../../shared/dispatch/codes.ts';
import type { OperationType } from '../../../../shared/operations/codes.ts';
import type { OffenceCategory } from '../../../../shared/settings/catalogue.ts';
import { settingAt, type SettingEntry } from '../../../../shared/settings/dated.ts';
import { addDaysIso, addMonthsIso } from '../../../../shared/settings/iso-date.ts';
import { cordobaIsoDate } from '../../../../shared/time/cordoba.ts';

export interface DashboardFilterForm {
  /** yyyy-mm-dd as the date inputs give it ('' while being typed). */
  readonly from: string;
  readonly to: string;
  readonly barrios: readonly string[];
  readonly cpcs: readonly string[];
  readonly operationTypes: readonly OperationType[];
  readonly categories: readonly OffenceCategory[];
  readonly channels: readonly ComplaintChannel[];
}

/** The first day of the Córdoba month `now` falls in. */
const monthStart = (now: number) => `${cordobaIsoDate(now).slice(0, 7)}-01`;

/** The 12 whole Córdoba months before the current one: on any day of March 2026, 2025-03-01 – 2026-02-28. */
export function lastTwelveMonths(now: number): { readonly from: string; readonly to: string } {
  const start = monthStart(now);
  return { from: addMonthsIso(start, -12), to: addDaysIso(start, -1) };
}

/** The last whole Córdoba month ('2026-02' on any day of March 2026): the monthly report's default. */
export const lastFullMonth = (now: number): string => addMonthsIso(monthStart(now), -1).slice(0, 7);

export function defaultFilterForm(now: number): DashboardFilterForm {
  return { ...lastTwelveMonths(now), barrios: [], cpcs: [], operationTypes: [], categories: [], channels: [] };
}

export type FilterProblem = 'invalidDate' | 'endBeforeStart' | 'tooLong';

const PROBLEMS: Readonly<Record<string, FilterProblem>> = { end_before_start: 'endBeforeStart', out_of_range: 'tooLong' };

/** The filter the core is asked for (empty choices left out), or why the dates cannot be one. */
export function insightsFilterOf(
  form: DashboardFilterForm,
): { readonly ok: true; readonly filter: InsightsFilter } | { readonly ok: false; readonly problem: FilterProblem } {
  const chosen = <K extends 'barrios' | 'cpcs' | 'operationTypes' | 'categories' | 'channels'>(key: K) =>
    form[key].length > 0 ? { [key]: [...form[key]] } : {};
  const parsed = InsightsFilterSchema.safeParse({
    from: form.from,
    to: form.to,
    ...chosen('barrios'),
    ...chosen('cpcs'),
    ...chosen('operationTypes'),
    ...chosen('categories'),
    ...chosen('channels'),
  });
  if (parsed.success) return { ok: true, filter: parsed.data };
  const message = parsed.error.issues[0]?.message ?? '';
  return { ok: false, problem: PROBLEMS[message] ?? 'invalidDate' };
}

/** The district centres (CPC) the dated settings in force name, for the CPC filter. */
export function cpcChoices(entries: readonly SettingEntry[], now: number): string[] {
  const rows = settingAt(entries, 'court.barrioCpc', now) ?? [];
  return [...new Set(rows.map((row) => row.cpc))].sort((a, b) => a.localeCompare(b, 'es'));
}
