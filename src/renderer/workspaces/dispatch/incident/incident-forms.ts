// The panel's small forms (note, priority, cancel, refer, close) as mutations, checked with the incident kind's own
// fields (MutationSchema: what the core and the hub check), so a reason left empty or a note too long is said next
// to its field before anything is sent. Texts are trimmed; an optional text left empty is left out.
import type { NumberedFinding } from '../../../../shared/operations/details.ts';
import type { IncidentOutcome, Priority } from '../../../../shared/dispatch/codes.ts';
import { MutationSchema, type Mutation } from '../../../../shared/records/mutations.ts';

export interface FormProblem {
  readonly code: 'required' | 'too_long' | 'note_or_status' | 'invalid';
  /** too_long: the most characters accepted. */
  readonly max?: number;
}
export type FormProblems<F extends string> = Partial<Record<F, FormProblem>>;
export type FormChecked<F extends string> =
  { readonly ok: true; readonly mutation: Mutation } | { readonly ok: false; readonly problems: FormProblems<F> };

const optional = (text: string): string | undefined => (text.trim() === '' ? undefined : text.trim());

/**
 * The candidate checked as a mutation; each issue on the form field its path starts with (`fieldOf`). An issue on
 * no field of the form (the id or time, which the panel fills) goes on the first one: never a silent refusal.
 */
function checked<F extends string>(
  candidate: Record<string, unknown>,
  fields: readonly [F, ...F[]],
  fieldOf = (path: string) => path,
): FormChecked<F> {
  const parsed = MutationSchema.safeParse(candidate);
  if (parsed.success) return { ok: true, mutation: parsed.data };
  const problems: FormProblems<F> = {};
  for (const issue of parsed.error.issues) {
    const named = fieldOf(issue.path.map(String).join('.'));
    const field = fields.find((f) => f === named) ?? fields[0];
    if (problems[field]) continue;
    const max = 'maximum' in issue && typeof issue.maximum === 'number' ? issue.maximum : undefined;
    if (issue.message === 'too_long') problems[field] = { code: 'too_long', ...(max === undefined ? {} : { max }) };
    else problems[field] = { code: issue.message === 'required' ? 'required' : 'invalid' };
  }
  return { ok: false, problems };
}

export interface NoteValues {
  readonly note: string;
  readonly statusNote: string;
}

/** A note for the desk, for the complainant, or both — one of them at least. */
export function noteMutation(id: string, at: number, values: NoteValues): FormChecked<keyof NoteValues> {
  const note = optional(values.note);
  const statusNote = optional(values.statusNote);
  if (note === undefined && statusNote === undefined) return { ok: false, problems: { note: { code: 'note_or_status' } } };
  return checked({ kind: 'incident.note', id, at, note, statusNote }, ['note', 'statusNote']);
}

export interface PriorityValues {
  /** 'computed': back to what the rules gave (the override is removed). */
  readonly priority: 'computed' | `${Priority}`;
  readonly reason: string;
}

export function priorityMutation(id: string, at: number, values: PriorityValues): FormChecked<'reason'> {
  const priorityOverride = values.priority === 'computed' ? null : { priority: Number(values.priority), reason: values.reason.trim() };
  // The form's one text is the override's reason.
  return checked({ kind: 'incident.setPriority', id, at, priorityOverride }, ['reason'], (path) =>
    path === 'priorityOverride.reason' ? 'reason' : path,
  );
}

export interface CancelValues {
  readonly reason: string;
  readonly statusNote: string;
}

export function cancelMutation(id: string, at: number, values: CancelValues): FormChecked<keyof CancelValues> {
  return checked({ kind: 'incident.cancel', id, at, reason: values.reason.trim(), statusNote: optional(values.statusNote) }, [
    'reason',
    'statusNote',
  ]);
}

export interface ReferValues {
  readonly to: string;
  readonly statusNote: string;
}

export function referMutation(id: string, at: number, values: ReferValues): FormChecked<keyof ReferValues> {
  return checked({ kind: 'incident.refer', id, at, to: values.to.trim(), statusNote: optional(values.statusNote) }, ['to', 'statusNote']);
}

export interface CloseValues {
  readonly outcome: IncidentOutcome;
  readonly note: string;
  readonly statusNote: string;
}

/** An acta or a notice carries its finding (checked by its own form: incident-finding.ts); the others none. */
export function closeMutation(
  id: string,
  at: number,
  values: CloseValues,
  finding: NumberedFinding | null,
): FormChecked<'note' | 'statusNote'> {
  const candidate = {
    kind: 'incident.close',
    id,
    at,
    outcome: values.outcome,
    finding,
    note: optional(values.note),
    statusNote: optional(values.statusNote),
  };
  return checked(candidate, ['note', 'statusNote']);
}
