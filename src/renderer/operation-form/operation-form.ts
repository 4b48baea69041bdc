// What the operation form edits (plain strings, as the inputs hold them) and how it becomes the ConsoleApi's
// 'operations.create' plan or 'operations.update' patch. The checks are the contract's own schemas
// (shared/operations/operation-schema.ts), so the form says before sending exactly what the core would answer;
// the core's answer, when it still refuses, is mapped back onto the same fields.
import type { ApiIssue } from '../../shared/api/result.ts';
import { BARRIO_NAMES } from '../../shared/geo/barrios.ts';
import {
  OperationPatchSchema,
  OperationPlanSchema,
  type OperationPatch,
  type OperationPlan,
} from '../../shared/operations/operation-schema.ts';
import { OPERATION_TYPES, SHIFTS, type OperationType, type Shift } from '../../shared/operations/codes.ts';
import type { Operation } from '../../shared/operations/types.ts';
import { isOneOf } from '../../shared/util/one-of.ts';
import { fromCordobaDateTimeInput, toCordobaDateTimeInput } from '../writes/cordoba-datetime.ts';

export const OPERATION_FORM_FIELDS = ['type', 'barrio', 'address', 'plannedStart', 'plannedEnd', 'shift', 'team', 'resultSummary'] as const;
export type OperationFormField = (typeof OPERATION_FORM_FIELDS)[number];

export interface OperationFormValues {
  readonly type: OperationType | '';
  readonly barrio: string;
  readonly address: string;
  /** "YYYY-MM-DDTHH:mm" in Córdoba time, from <input type="datetime-local">. */
  readonly plannedStart: string;
  readonly plannedEnd: string;
  readonly shift: Shift | '';
  readonly team: string;
  /** Edit only; '' = no result yet. */
  readonly resultSummary: string;
}

/** Field messages (i18n keys under operationForm.problem). */
export const FORM_PROBLEMS = [
  'required',
  'too_long',
  'invalid_date',
  'date_out_of_range',
  'end_before_start',
  'too_long_operation',
  'unknown_barrio',
  'invalid',
] as const;
export type FormProblem = (typeof FORM_PROBLEMS)[number];
export type FieldProblems = Partial<Record<OperationFormField, FormProblem>>;

/** A zod issue code or a schema message key → what the form says next to the field. */
export function formProblem(code: string, fieldEmpty = false): FormProblem {
  if (isOneOf(FORM_PROBLEMS, code)) return code;
  if (code === 'too_big') return 'too_long';
  if (code === 'too_small' || fieldEmpty) return 'required';
  return 'invalid';
}

/**
 * An issue path of the ConsoleApi ('plan.plannedEnd', 'patch.address', 'plannedEnd', and a conflict's edit:
 * 'mutation.patch.address') → the form field, if any.
 */
export function issueField(path: string | readonly PropertyKey[]): OperationFormField | null {
  const all = typeof path === 'string' ? path.split('.') : path.map(String);
  const parts = all[0] === 'mutation' ? all.slice(1) : all;
  const field = parts[0] === 'plan' || parts[0] === 'patch' ? parts[1] : parts[0];
  return field !== undefined && isOneOf(OPERATION_FORM_FIELDS, field) ? field : null;
}

/**
 * The core's invalid_input issues, field by field (the first issue of a field wins); `rest` are the issues
 * that belong to no field of the form (shown as one message above the buttons).
 */
export function issuesToFieldProblems(issues: readonly ApiIssue[]): { problems: FieldProblems; rest: ApiIssue[] } {
  const problems: { -readonly [K in OperationFormField]?: FormProblem } = {};
  const rest: ApiIssue[] = [];
  for (const issue of issues) {
    const field = issueField(issue.path);
    if (field === null) rest.push(issue);
    else problems[field] ??= formProblem(issue.code);
  }
  return { problems, rest };
}

/** A new operation's form: a night noise check starting at the next full hour (Córdoba), two hours long. */
export function emptyOperationForm(now: number): OperationFormValues {
  const nextHour = Math.ceil((now + 1) / 3_600_000) * 3_600_000;
  return {
    type: '',
    barrio: '',
    address: '',
    plannedStart: toCordobaDateTimeInput(nextHour),
    plannedEnd: toCordobaDateTimeInput(nextHour + 2 * 3_600_000),
    shift: '',
    team: '',
    resultSummary: '',
  };
}

export function operationToForm(operation: Operation): OperationFormValues {
  return {
    type: operation.type,
    barrio: operation.barrio,
    address: operation.address,
    plannedStart: toCordobaDateTimeInput(operation.plannedStart),
    plannedEnd: toCordobaDateTimeInput(operation.plannedEnd),
    shift: operation.shift,
    team: operation.team,
    resultSummary: operation.resultSummary ?? '',
  };
}

export type Checked<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problems: FieldProblems };

interface Candidate {
  readonly plan: Record<string, unknown>;
  readonly problems: { -readonly [K in OperationFormField]?: FormProblem };
}

/** The plan fields as the schema reads them; dates that cannot be read are left out and reported. */
function candidatePlan(values: OperationFormValues): Candidate {
  const problems: Candidate['problems'] = {};
  const plan: Record<string, unknown> = {
    type: values.type,
    barrio: values.barrio,
    address: values.address,
    shift: values.shift,
    team: values.team,
  };
  for (const field of ['plannedStart', 'plannedEnd'] as const) {
    const text = values[field];
    const instant = fromCordobaDateTimeInput(text);
    if (instant === null) problems[field] = text.trim() === '' ? 'required' : 'invalid_date';
    else plan[field] = instant;
  }
  return { plan, problems };
}

/** Runs the plan schema; a field already reported keeps its first problem. */
function planProblems(candidate: Candidate, values: OperationFormValues): Candidate['problems'] {
  const problems = { ...candidate.problems };
  const add = (issues: readonly { path: readonly PropertyKey[]; message: string; code: string }[]) => {
    for (const issue of issues) {
      const field = issueField(issue.path);
      if (field === null || problems[field]) continue;
      const empty = typeof values[field] === 'string' && values[field].trim() === '';
      problems[field] = formProblem(isOneOf(FORM_PROBLEMS, issue.message) ? issue.message : issue.code, empty);
    }
  };
  const parsed = OperationPlanSchema.safeParse(candidate.plan);
  if (parsed.success) return problems;
  add(parsed.error.issues);
  // zod skips the cross-field checks (end after start, at most 24 h) while a choice is missing; check the
  // dates alone too, so every problem shows at once.
  if (!problems.plannedEnd && 'plannedStart' in candidate.plan && 'plannedEnd' in candidate.plan) {
    const timesOnly = OperationPlanSchema.safeParse({
      ...candidate.plan,
      type: OPERATION_TYPES[0],
      barrio: BARRIO_NAMES[0],
      address: '-',
      shift: SHIFTS[0],
      team: '-',
    });
    if (!timesOnly.success) add(timesOnly.error.issues.filter((issue) => issueField(issue.path) === 'plannedEnd'));
  }
  return problems;
}

export function checkNewOperation(values: OperationFormValues): Checked<OperationPlan> {
  const candidate = candidatePlan(values);
  const parsed = OperationPlanSchema.safeParse(candidate.plan);
  if (parsed.success && Object.keys(candidate.problems).length === 0) return { ok: true, value: parsed.data };
  return { ok: false, problems: planProblems(candidate, values) };
}

/**
 * The changed fields of an edit, checked as a whole plan (so "end before start" is caught whichever date
 * changed). `value` is null when nothing changed.
 */
export function checkOperationEdit(values: OperationFormValues, original: Operation): Checked<OperationPatch | null> {
  const candidate = candidatePlan(values);
  const problems = planProblems(candidate, values);
  const summary = values.resultSummary.trim();
  const summaryCheck = OperationPatchSchema.safeParse({ resultSummary: summary === '' ? null : summary });
  if (!summaryCheck.success) problems.resultSummary ??= 'too_long';
  if (Object.keys(problems).length > 0) return { ok: false, problems };

  const plan = OperationPlanSchema.parse(candidate.plan);
  const patch: Record<string, unknown> = {};
  const before = operationToForm(original);
  for (const key of Object.keys(plan) as (keyof OperationPlan)[]) {
    // Dates are compared as the inputs show them (minutes), so an untouched date is never "changed".
    const changed = key === 'plannedStart' || key === 'plannedEnd' ? values[key] !== before[key] : plan[key] !== original[key];
    if (changed) patch[key] = plan[key];
  }
  const resultSummary = summary === '' ? null : summary;
  if (resultSummary !== (original.resultSummary ?? null)) patch.resultSummary = resultSummary;
  if (Object.keys(patch).length === 0) return { ok: true, value: null };
  return { ok: true, value: OperationPatchSchema.parse(patch) };
}
