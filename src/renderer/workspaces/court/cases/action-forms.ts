// The case actions' small forms, checked before anything is sent: each builds its mutation and runs the mutation's
// own field schema (court-case.ts), so a field says what the hub would answer, plus the date rules the hub checks
// against the case (a notification not after today, a descargo or payment not after the term's last day) said next
// to the date instead of as a refusal after the round trip.
import type { z } from 'zod';
import { courtCaseKind } from '../../../../shared/records/court-case.ts';
import type { Mutation } from '../../../../shared/records/mutations.ts';
import { isOneOf } from '../../../../shared/util/one-of.ts';

export const ACTION_PROBLEMS = [
  'required',
  'invalid_date',
  'future_date',
  'after_due',
  'not_integer',
  'out_of_range',
  'too_long',
  'same_court',
  'invalid',
] as const;
export type ActionProblem = (typeof ACTION_PROBLEMS)[number];
export type Problems<F extends string> = Partial<Record<F, ActionProblem>>;
export type Checked<F extends string> =
  { readonly ok: true; readonly mutation: Mutation } | { readonly ok: false; readonly problems: Problems<F> };

type CaseMutationKind = keyof typeof courtCaseKind.mutations;

/** A schema message or zod code as the field's problem; an empty field is always "required". */
export function actionProblem(code: string, value: unknown): ActionProblem {
  if (value === undefined || (typeof value === 'string' && value.trim() === '')) return 'required';
  if (isOneOf(ACTION_PROBLEMS, code)) return code;
  if (code === 'date_out_of_range') return 'invalid_date';
  if (code === 'too_big') return 'too_long';
  return 'invalid';
}

/**
 * The mutation when every field checks; else the problems by field (the form's own first: "after today" says more
 * than the schema would). An issue on a field the form does not show goes to the hub, which answers it.
 */
function check<F extends string>(
  kind: CaseMutationKind,
  fields: readonly F[],
  candidate: Readonly<Record<string, unknown>>,
  own: Problems<F>,
): Checked<F> {
  const schema: z.ZodType<Record<string, unknown>> = courtCaseKind.mutations[kind].fields;
  const parsed = schema.safeParse(candidate);
  const problems: Problems<F> = { ...own };
  for (const issue of parsed.success ? [] : parsed.error.issues) {
    const field = issue.path[0];
    if (isOneOf(fields, field)) problems[field] ??= actionProblem(issue.message, candidate[field]);
  }
  if (Object.keys(problems).length > 0) return { ok: false, problems };
  return { ok: true, mutation: { kind, ...(parsed.success ? parsed.data : candidate) } as Mutation };
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A date after today, or after the term's last day (ISO dates compare as strings); null when it is fine or unreadable. */
function dateProblem(date: string, today: string, due: string | null = null): ActionProblem | null {
  if (!ISO_DATE.test(date)) return null;
  if (date > today) return 'future_date';
  return due !== null && date > due ? 'after_due' : null;
}

function only<F extends string>(field: F, problem: ActionProblem | null): Problems<F> {
  return problem === null ? {} : ({ [field]: problem } as Problems<F>);
}

/** A whole number as typed ("200"); undefined when empty, NaN when not a number at all. */
export function parseWhole(text: string): number | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  return /^-?\d+([.,]\d+)?$/.test(trimmed) ? Number(trimmed.replace(',', '.')) : Number.NaN;
}

export interface NotifyValues {
  readonly channel: string;
  readonly notifiedOn: string;
  readonly offerUem: string;
}

export function checkNotify(id: string, values: NotifyValues, today: string): Checked<keyof NotifyValues> {
  const offerUem = parseWhole(values.offerUem);
  const own = {
    ...only('notifiedOn', dateProblem(values.notifiedOn, today)),
    ...only('offerUem', Number.isNaN(offerUem) ? 'not_integer' : null),
  };
  return check<keyof NotifyValues>(
    'court_case.notify',
    ['channel', 'notifiedOn', 'offerUem'],
    { id, channel: values.channel, notifiedOn: values.notifiedOn, offerUem },
    own,
  );
}

export interface PayValues {
  readonly paidOn: string;
  readonly receipt: string;
}

export function checkPay(id: string, values: PayValues, today: string, due: string | null): Checked<keyof PayValues> {
  return check<keyof PayValues>(
    'court_case.payVoluntarily',
    ['paidOn', 'receipt'],
    { id, ...values },
    only('paidOn', dateProblem(values.paidOn, today, due)),
  );
}

export interface DefenceValues {
  readonly filedOn: string;
  readonly statement: string;
}

export function checkDefence(id: string, values: DefenceValues, today: string, due: string | null): Checked<keyof DefenceValues> {
  return check<keyof DefenceValues>(
    'court_case.fileDefence',
    ['filedOn', 'statement'],
    { id, ...values },
    only('filedOn', dateProblem(values.filedOn, today, due)),
  );
}

export interface ReassignValues {
  readonly courtId: string;
  readonly reason: string;
}

export function checkReassign(id: string, values: ReassignValues, currentCourtId: string | null): Checked<keyof ReassignValues> {
  const same = values.courtId !== '' && values.courtId === currentCourtId;
  return check<keyof ReassignValues>(
    'court_case.reassign',
    ['courtId', 'reason'],
    { id, ...values },
    only('courtId', same ? 'same_court' : null),
  );
}

export interface SettleValues {
  readonly how: string;
  readonly on: string;
  readonly note: string;
}

export function checkSettle(id: string, hearingId: string | null, values: SettleValues, today: string): Checked<keyof SettleValues> {
  return check<keyof SettleValues>(
    'court_case.settle',
    ['how', 'on', 'note'],
    { id, hearingId, ...values },
    only('on', dateProblem(values.on, today)),
  );
}
