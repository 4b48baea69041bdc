// A campaign comparison as the person sets it up — an indicator, a design, the campaign's barrios and Córdoba days —
// turned into the two filters 'insights.compare' takes. Before/after: the campaign's barrios over its period (a)
// against the same barrios over the equally long period that ends the day before it starts (b), so the two never
// overlap and neither is favoured by a longer count. Zone against zone: the campaign's barrios (a) against other
// barrios (b), none in both, over the same period. A period that has not ended yet is refused (its figures would
// still move), and so is one whose "before" would start before the records do.
import {
  InsightsCompareInputSchema,
  type IndicatorId,
  type InsightsCompareInput,
  type InsightsFilter,
} from '../../../../shared/api/insights.ts';
import { addDaysIso, addMonthsIso, EARLIEST_DATE, IsoDateSchema, type IsoDate } from '../../../../shared/settings/iso-date.ts';
import { isOneOf } from '../../../../shared/util/one-of.ts';

export const STUDY_DESIGNS = ['before_after', 'zone_vs_zone'] as const;
export type StudyDesign = (typeof STUDY_DESIGNS)[number];

export interface StudyValues {
  readonly indicator: IndicatorId;
  readonly design: StudyDesign;
  /** The campaign's barrios. */
  readonly barrios: readonly string[];
  /** The campaign's first and last Córdoba day ("YYYY-MM-DD", as a date input gives them). */
  readonly from: string;
  readonly to: string;
  /** Zone against zone: the barrios the campaign's are held against. */
  readonly others: readonly string[];
}

export type StudyField = 'barrios' | 'from' | 'to' | 'others';
export const STUDY_PROBLEMS = [
  'required',
  'invalid_date',
  'end_before_start',
  'future_date',
  'out_of_range',
  'too_early',
  'overlap',
] as const;
export type StudyProblem = (typeof STUDY_PROBLEMS)[number];
export type StudyProblems = Partial<Record<StudyField, StudyProblem>>;

/** The groups' names as the person reads them (sent with the filters; 'insights.compare' requires them). */
export interface GroupLabels {
  readonly a: string;
  readonly b: string;
}

export type CheckedStudy =
  { readonly ok: true; readonly input: InsightsCompareInput } | { readonly ok: false; readonly problems: StudyProblems };

const DAY_MS = 86_400_000;
const isDate = (text: string): text is IsoDate => IsoDateSchema.safeParse(text).success;

/** How many Córdoba days from `from` to `to`, both included. */
export const dayCount = (from: IsoDate, to: IsoDate): number => Math.round((Date.parse(to) - Date.parse(from)) / DAY_MS) + 1;

/** The equally long period that ends the day before `from`. */
export function periodBefore(from: IsoDate, to: IsoDate): { readonly from: IsoDate; readonly to: IsoDate } {
  return { from: addDaysIso(from, -dayCount(from, to)), to: addDaysIso(from, -1) };
}

/** The last whole Córdoba calendar month before today's: a campaign month, the usual question. */
export function lastMonth(today: IsoDate): { readonly from: IsoDate; readonly to: IsoDate } {
  const monthStart = `${today.slice(0, 8)}01`;
  return { from: addMonthsIso(monthStart, -1), to: addDaysIso(monthStart, -1) };
}

export type GroupName = 'during' | 'before' | 'campaign' | 'others';

/** The groups each design compares, a first. */
export const GROUPS: Readonly<Record<StudyDesign, readonly [GroupName, GroupName]>> = {
  before_after: ['during', 'before'],
  zone_vs_zone: ['campaign', 'others'],
};

/** The two groups' filters; null while the period is not two dates. */
export function studyFilters(values: StudyValues): { readonly a: InsightsFilter; readonly b: InsightsFilter } | null {
  if (!isDate(values.from) || !isDate(values.to)) return null;
  const a = { from: values.from, to: values.to, barrios: [...values.barrios] };
  if (values.design === 'zone_vs_zone') return { a, b: { from: values.from, to: values.to, barrios: [...values.others] } };
  return { a, b: { ...periodBefore(values.from, values.to), barrios: [...values.barrios] } };
}

/** What keeps the values from making a comparison, field by field (the contract's schema checks again). */
export function studyProblems(values: StudyValues, today: IsoDate): StudyProblems {
  const problems: StudyProblems = {};
  if (values.barrios.length === 0) problems.barrios = 'required';
  if (values.design === 'zone_vs_zone') {
    if (values.others.length === 0) problems.others = 'required';
    else if (values.others.some((b) => values.barrios.includes(b))) problems.others = 'overlap';
  }
  const dateProblem = (text: string): StudyProblem | null => (text === '' ? 'required' : isDate(text) ? null : 'invalid_date');
  const fromProblem = dateProblem(values.from);
  const toProblem = dateProblem(values.to);
  if (fromProblem) problems.from = fromProblem;
  if (toProblem) problems.to = toProblem;
  if (fromProblem || toProblem || !isDate(values.from) || !isDate(values.to)) return problems;
  if (values.to < values.from) problems.to = 'end_before_start';
  else if (values.to > today) problems.to = 'future_date';
  else if (values.design === 'before_after' && periodBefore(values.from, values.to).from < EARLIEST_DATE) problems.from = 'too_early';
  return problems;
}

/** The 'insights.compare' input when the values make a comparison; else the problems by field. */
export function checkStudy(values: StudyValues, today: IsoDate, labels: GroupLabels): CheckedStudy {
  const problems = studyProblems(values, today);
  const filters = studyFilters(values);
  if (Object.keys(problems).length > 0 || filters === null) return { ok: false, problems };
  const parsed = InsightsCompareInputSchema.safeParse({
    indicator: values.indicator,
    a: { label: labels.a, filter: filters.a },
    b: { label: labels.b, filter: filters.b },
  });
  if (parsed.success) return { ok: true, input: parsed.data };
  // What the form did not catch itself: a period over the contract's longest range (said on its end).
  for (const issue of parsed.error.issues) {
    const [group, , key] = issue.path;
    const field: StudyField = key === 'barrios' ? (group === 'b' && values.design === 'zone_vs_zone' ? 'others' : 'barrios') : 'to';
    problems[field] ??= isOneOf(STUDY_PROBLEMS, issue.message) ? issue.message : 'out_of_range';
  }
  return { ok: false, problems };
}
