// The "Plantilla recurrente" form as data: its strings become a RosterTemplate and a date range, which
// expandTemplate() turns into one planned operation per matching Córdoba date. Every generated plan is checked
// with the contract's own schema before anything is sent, and one run is bounded.
import { BARRIO_NAMES } from '../../../../shared/geo/barrios.ts';
import { MAX_ADDRESS, MAX_TEAM, OperationPlanSchema, type OperationPlan } from '../../../../shared/operations/operation-schema.ts';
import { OPERATION_TYPES, SHIFTS, type OperationType, type Shift } from '../../../../shared/operations/codes.ts';
import { parseShiftTimes } from '../../../../shared/roster/shifts.ts';
import { expandTemplate, type OperationDraft, type RosterTemplate } from '../../../../shared/roster/templates.ts';
import type { RosterRules } from '../../../../shared/roster/types.ts';
import { isOneOf } from '../../../../shared/util/one-of.ts';
import { addDays } from './roster-model.ts';

/** At most this many operations per run: a larger range is split by the person into several runs. */
export const MAX_TEMPLATE_OPERATIONS = 200;
/** A range longer than this is a typing error (and would walk the calendar for nothing). */
export const MAX_TEMPLATE_DAYS = 366;
export const MAX_DURATION_MINUTES = 24 * 60;

/** Weekdays as the form lists them: Monday first (0 = Sunday, as the template counts them). */
export const FORM_WEEKDAYS = [1, 2, 3, 4, 5, 6, 0] as const;

export interface TemplateFormValues {
  readonly type: string;
  readonly weekdays: readonly number[];
  readonly shift: string;
  readonly startTime: string; // 'HH:MM'
  readonly durationMinutes: string;
  readonly barrio: string;
  readonly address: string;
  readonly team: string;
  readonly from: string; // 'YYYY-MM-DD'
  readonly to: string;
}

export type TemplateField = keyof TemplateFormValues;
export type TemplateProblem =
  | 'required'
  | 'no_weekdays'
  | 'invalid_time'
  | 'invalid_duration'
  | 'invalid_date'
  | 'range_reversed'
  | 'range_too_long'
  | 'too_long'
  | 'unknown_barrio'
  | 'none_generated'
  | 'too_many';

export type TemplateCheck =
  | { readonly ok: true; readonly drafts: readonly OperationDraft[]; readonly plans: readonly OperationPlan[] }
  | { readonly ok: false; readonly problems: Partial<Record<TemplateField, TemplateProblem>>; readonly count?: number };

/** Minutes a shift window lasts (crossing midnight when it ends earlier than it starts). */
export function shiftMinutes(rules: RosterRules, shift: Shift): number {
  const parsed = parseShiftTimes(rules.shiftTimes).find((s) => s.shift === shift)!;
  return (parsed.end - parsed.start + 24 * 60) % (24 * 60) || 24 * 60;
}

/** The form for a week: the chosen shift's start and length from the roster rules, Monday to Sunday. */
export function emptyTemplateForm(rules: RosterRules, weekMonday: string, shift: Shift = 'night'): TemplateFormValues {
  return {
    type: '',
    weekdays: [],
    shift,
    startTime: rules.shiftTimes[shift].start,
    durationMinutes: String(shiftMinutes(rules, shift)),
    barrio: '',
    address: '',
    team: '',
    from: weekMonday,
    to: addDays(weekMonday, 6),
  };
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const validDate = (s: string) =>
  ISO_DATE.test(s) && !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s);
const daysBetween = (from: string, to: string) => (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;

export function checkTemplateForm(values: TemplateFormValues): TemplateCheck {
  const problems: Partial<Record<TemplateField, TemplateProblem>> = {};
  const type = values.type;
  if (!isOneOf(OPERATION_TYPES, type)) problems.type = 'required';
  if (values.weekdays.length === 0) problems.weekdays = 'no_weekdays';
  if (!isOneOf(SHIFTS, values.shift)) problems.shift = 'required';
  if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(values.startTime)) problems.startTime = values.startTime === '' ? 'required' : 'invalid_time';
  const duration = Number(values.durationMinutes);
  if (values.durationMinutes.trim() === '') problems.durationMinutes = 'required';
  else if (!Number.isInteger(duration) || duration <= 0 || duration > MAX_DURATION_MINUTES) problems.durationMinutes = 'invalid_duration';
  if (values.barrio === '') problems.barrio = 'required';
  else if (!isOneOf(BARRIO_NAMES, values.barrio)) problems.barrio = 'unknown_barrio';
  const address = values.address.trim();
  if (address === '') problems.address = 'required';
  else if (address.length > MAX_ADDRESS) problems.address = 'too_long';
  const team = values.team.trim();
  if (team === '') problems.team = 'required';
  else if (team.length > MAX_TEAM) problems.team = 'too_long';
  if (!validDate(values.from)) problems.from = values.from === '' ? 'required' : 'invalid_date';
  if (!validDate(values.to)) problems.to = values.to === '' ? 'required' : 'invalid_date';
  else if (!problems.from && daysBetween(values.from, values.to) < 0) problems.to = 'range_reversed';
  else if (!problems.from && daysBetween(values.from, values.to) >= MAX_TEMPLATE_DAYS) problems.to = 'range_too_long';
  if (Object.keys(problems).length > 0) return { ok: false, problems };

  const template: RosterTemplate = {
    type: type as OperationType,
    weekdays: [...values.weekdays],
    shift: values.shift as Shift,
    startTime: values.startTime,
    durationMinutes: duration,
    place: { barrio: values.barrio, address },
    team,
  };
  const drafts = expandTemplate(template, values.from, values.to);
  if (drafts.length === 0) return { ok: false, problems: { weekdays: 'none_generated' }, count: 0 };
  if (drafts.length > MAX_TEMPLATE_OPERATIONS) return { ok: false, problems: { to: 'too_many' }, count: drafts.length };
  const plans: OperationPlan[] = [];
  for (const draft of drafts) {
    const parsed = OperationPlanSchema.safeParse({
      type: draft.type,
      barrio: values.barrio,
      address,
      plannedStart: draft.start,
      plannedEnd: draft.end,
      shift: draft.shift,
      team,
    });
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const field = issue?.path[0] === 'plannedStart' || issue?.path[0] === 'plannedEnd' ? 'from' : 'durationMinutes';
      return { ok: false, problems: { [field]: field === 'from' ? 'invalid_date' : 'invalid_duration' } };
    }
    plans.push(parsed.data);
  }
  return { ok: true, drafts, plans };
}
