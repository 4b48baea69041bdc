// The ConsoleApi's Indicadores and notice follow-up (issue 14; docs/ARCHITECTURE.md, "Indicadores"): indicators
// computed in the core from the records the cache holds — never typed — for a filter; two groups compared with a
// confidence interval; a notice-wording trial's report; the printable monthly report; the notices coordinators
// follow up and the history of one identity ("antecedentes"). Changes are record mutations ('records.mutate':
// notice.notify, notice.reinspect, notice_trial.define, notice_trial.stop).
import { z } from 'zod';
import { COMPLAINT_CHANNELS } from '../dispatch/codes.ts';
import type { Adequacy } from '../insights/stats.ts';
import type { NoticeStage } from '../notices/stage.ts';
import { OPERATION_TYPES, type OperationType } from '../operations/codes.ts';
import type { UnsyncedState } from '../operations/types.ts';
import type { Notice } from '../records/notice-schema.ts';
import type { NoticeTrial } from '../records/notice-trial-schema.ts';
import type { FindingOutcome } from '../rules/findings.ts';
import { OffenderIdentitySchema, type IdentityKey } from '../rules/identity.ts';
import { OFFENCE_CATEGORIES, type OffenceCategory, type SettingValue } from '../settings/catalogue.ts';
import { EARLIEST_DATE, IsoDateSchema, LATEST_DATE, type IsoDate } from '../settings/iso-date.ts';
import { NOTICE_STAGES } from '../notices/stage.ts';
import type { CourtDocumentResult } from './court.ts';

/** Every indicator, in the order the workspace shows them. Definitions (Spanish first) live in i18n: insights.indicator.<id>. */
export const INDICATOR_IDS = [
  'compliance_without_sanction',
  'warnings_not_followed',
  'operations_per_shift',
  'people_reached_per_shift',
  'alcohol_positivity',
  'noise_exceedance',
  'camera_notified',
  'complaints_by_channel',
  'response_time',
  'repeat_offenders',
  'court_backlog',
  'time_to_resolution',
  'voluntary_payment_share',
] as const;
export type IndicatorId = (typeof INDICATOR_IDS)[number];

/** ratio: numerator ÷ denominator (0–1, with a 95 % Wilson interval); count; per_shift: per shift worked; minutes/days: a median. */
export type IndicatorUnit = 'ratio' | 'count' | 'per_shift' | 'minutes' | 'days';

export const INSIGHT_FILTER_DIMENSIONS = ['barrios', 'cpcs', 'operationTypes', 'categories', 'channels'] as const;
export type InsightFilterDimension = (typeof INSIGHT_FILTER_DIMENSIONS)[number];

const name = z.string().trim().min(1, 'required').max(80, 'too_long');
const MAX_RANGE_DAYS = 3_660;

/** What the indicators are computed over: Córdoba days from–to inclusive, and any of the dimensions (empty: all). */
export const InsightsFilterSchema = z
  .object({
    from: IsoDateSchema,
    to: IsoDateSchema,
    barrios: z.array(name).max(600, 'too_many').optional(),
    cpcs: z.array(name).max(60, 'too_many').optional(),
    operationTypes: z.array(z.enum(OPERATION_TYPES)).max(OPERATION_TYPES.length, 'too_many').optional(),
    categories: z.array(z.enum(OFFENCE_CATEGORIES)).max(OFFENCE_CATEGORIES.length, 'too_many').optional(),
    channels: z.array(z.enum(COMPLAINT_CHANNELS)).max(COMPLAINT_CHANNELS.length, 'too_many').optional(),
  })
  .strict()
  .refine((f) => f.to >= f.from, { message: 'end_before_start', path: ['to'] })
  .refine((f) => Date.parse(f.to) - Date.parse(f.from) <= MAX_RANGE_DAYS * 86_400_000, { message: 'out_of_range', path: ['to'] });
export type InsightsFilter = z.infer<typeof InsightsFilterSchema>;

export interface Interval {
  readonly low: number;
  readonly high: number;
}

/** One bar or point of an indicator's chart: a month ('2026-03'), a channel, a status, a category, a barrio. */
export interface BreakdownRow {
  readonly key: string;
  readonly value: number | null;
  readonly numerator?: number;
  readonly denominator?: number;
}

export interface IndicatorValue {
  readonly id: IndicatorId;
  readonly unit: IndicatorUnit;
  /** null: nothing to count under this filter. */
  readonly value: number | null;
  readonly numerator: number | null;
  readonly denominator: number | null;
  /** 95 % interval of a ratio (Wilson); null for other units or an empty denominator. */
  readonly interval: Interval | null;
  readonly breakdown: { readonly by: 'month' | 'channel' | 'status' | 'category' | 'shift'; readonly rows: readonly BreakdownRow[] };
  /** The filter's dimensions that apply to this indicator (e.g. a channel filter does not apply to court backlog). */
  readonly appliedFilters: readonly InsightFilterDimension[];
  /** Not computed: it counts records the signed-in role does not read (a coordinator's cache has no complaints). */
  readonly withheld?: true;
}

export interface Dashboard {
  readonly filter: InsightsFilter;
  /** The counting rules in force at the range's end (warning follow-up months, repeat-offender window…). */
  readonly rules: SettingValue<'insights.rules'>;
  readonly indicators: readonly IndicatorValue[];
  /** How many records the figures come from (for the "based on" line). */
  readonly basis: {
    readonly operations: number;
    readonly findings: number;
    readonly notices: number;
    readonly incidents: number;
    readonly cases: number;
  };
}

/** Two groups of one indicator: before/after a campaign in the same barrios, or its barrios against others. */
export const InsightsCompareInputSchema = z
  .object({
    indicator: z.enum(INDICATOR_IDS),
    a: z.object({ label: name, filter: InsightsFilterSchema }).strict(),
    b: z.object({ label: name, filter: InsightsFilterSchema }).strict(),
  })
  .strict();
export type InsightsCompareInput = z.infer<typeof InsightsCompareInputSchema>;

export interface Comparison {
  readonly indicator: IndicatorId;
  readonly a: IndicatorValue;
  readonly b: IndicatorValue;
  /** a − b: a difference of proportions (Newcombe) for ratios, of rates for counts and per-shift figures. */
  readonly method: 'proportion_difference' | 'rate_difference' | 'not_comparable';
  readonly difference: { readonly estimate: number; readonly interval: Interval } | null;
  readonly adequacy: Adequacy;
  /** Always true: the groups were not randomised, so a difference is an association, not an effect. */
  readonly observational: true;
}

export const InsightsTrialInputSchema = z.object({ trialId: z.string().uuid('invalid_value') }).strict();

export interface TrialVariantResult {
  readonly key: string;
  readonly label: string;
  /** Notices notified with this wording; decided: their deadline has passed; complied: by the owner, in time. */
  readonly notified: number;
  readonly decided: number;
  readonly complied: number;
  readonly share: number | null;
  readonly interval: Interval | null;
}

export interface TrialReport {
  readonly trial: NoticeTrial;
  readonly variants: readonly TrialVariantResult[];
  /** Each variant against the first: the difference in compliance, its interval, Cohen's h and whether it concludes. */
  readonly effects: readonly {
    readonly key: string;
    readonly against: string;
    readonly difference: number | null;
    readonly interval: Interval | null;
    readonly cohenH: number | null;
    readonly adequacy: Adequacy;
  }[];
  /** Is the split as the seed should give it (chi-square goodness of fit)? */
  readonly balance: { readonly chiSquare: number; readonly pValue: number };
}

/** A month of the records' years ("2026-03"); its first day is within EARLIEST_DATE … LATEST_DATE. */
export const MonthSchema = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'invalid_value')
  .refine((m) => `${m}-01` >= EARLIEST_DATE && `${m}-01` <= LATEST_DATE, 'date_out_of_range');

/** The printable monthly report (PDF) of a month, for the filter's barrios/CPCs. */
export const InsightsReportInputSchema = z
  .object({
    month: MonthSchema,
    language: z.enum(['es-AR', 'en']).optional(),
    barrios: z.array(name).max(600).optional(),
    cpcs: z.array(name).max(60).optional(),
  })
  .strict();
export type InsightsReportResult = CourtDocumentResult;

/** Rows of notices answered at most: more than anyone reads in a table; the search narrows the rest. */
export const NOTICES_PAGE = 200;

export const NoticesListInputSchema = z
  .object({
    stages: z.array(z.enum(NOTICE_STAGES)).max(NOTICE_STAGES.length).optional(),
    /** Only notices whose re-inspection is due within this many days from today (e.g. 7: "vencen esta semana"). */
    dueWithinDays: z.number().int().min(0).max(366).optional(),
    /** Words that must all appear in who was notified, the address or the barrio (shared/notices/search.ts). */
    search: z.string().max(200, 'too_long').optional(),
    /** The most urgent rows to answer, at most NOTICES_PAGE (the default); `matched` says how many there are. */
    limit: z.number().int().min(1).max(NOTICES_PAGE).optional(),
  })
  .strict();

export interface NoticeView {
  readonly notice: Notice;
  readonly stage: NoticeStage;
  /** The planned re-inspection as the cache has it. */
  readonly reinspection: { readonly plannedStart: number; readonly status: string } | null;
  readonly unsynced: UnsyncedState | null;
}

export interface NoticesList {
  readonly today: IsoDate;
  /** The most urgent first, at most the query's limit. */
  readonly notices: readonly NoticeView[];
  /** How many notices the stages, due date and search match (the rows answered are the first of them). */
  readonly matched: number;
  /** Counts by stage over every notice (not only the listed ones), for the tabs. */
  readonly byStage: Readonly<Record<NoticeStage, number>>;
}

/** Who to look up: the identity as the finding form has it, name not needed (the key is computed in the core). */
export const NoticesHistoryInputSchema = z.object({ offender: OffenderIdentitySchema }).strict();

export interface HistoryItem {
  readonly findingId: string;
  readonly at: number;
  readonly outcome: FindingOutcome;
  readonly operationType: OperationType | null;
  readonly category: OffenceCategory;
  readonly barrio: string | null;
}

/** An identity's antecedentes: counts and the latest findings, and what "warn first, sanction on repeat" suggests. */
export interface Antecedentes {
  readonly key: IdentityKey;
  readonly counts: { readonly warnings: number; readonly notices: number; readonly actas: number; readonly cases: number };
  readonly latest: readonly HistoryItem[];
  /** first_time: nothing before — a warning; warned: warned before — a notice or acta; repeat: notices/actas before. */
  readonly suggestion: 'first_time' | 'warned' | 'repeat';
}
