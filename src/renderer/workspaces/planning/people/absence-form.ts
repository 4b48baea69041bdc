// Runs in: the renderer (pure). «Registrar ausencia»: its reason, first and last day (both included) and a note, as
// the person.addAbsence change, checked by the kind's schema (writes/schema-check.ts): a last day before the first, a span
// over a year, a date that is not one. An overlap with another absence is the hub's to refuse
// ('overlapping_absence'), said by the dialog.
import type { AbsenceKind } from '../../../../shared/roster/types.ts';
import type { Checked } from '../../../writes/use-checked-form.ts';
import { checkBySchema } from '../../../writes/schema-check.ts';

export interface AbsenceValues {
  readonly kind: AbsenceKind;
  readonly from: string;
  readonly to: string;
  readonly note: string;
}
export type AbsenceField = keyof AbsenceValues;
export const ABSENCE_PROBLEMS = ['required', 'too_long', 'invalid_date', 'date_out_of_range', 'end_before_start', 'invalid_value'] as const;
export type AbsenceProblem = (typeof ABSENCE_PROBLEMS)[number];

export const INITIAL_ABSENCE: AbsenceValues = { kind: 'leave', from: '', to: '', note: '' };

const fieldOf = (path: readonly PropertyKey[]): AbsenceField => {
  const field = String(path[1] ?? 'from');
  return field === 'kind' || field === 'to' || field === 'note' ? field : 'from';
};

/** `absenceId`: the new absence's id (the dialog makes one per attempt). An empty day is 'required'. */
export function checkAbsence(personId: string, values: AbsenceValues, absenceId: string): Checked<AbsenceField, AbsenceProblem> {
  const note = values.note.trim();
  const missing = (['from', 'to'] as const).filter((day) => values[day] === '');
  if (missing.length > 0) return { ok: false, problems: Object.fromEntries(missing.map((day) => [day, 'required'])) };
  const absence = { id: absenceId, kind: values.kind, from: values.from, to: values.to, ...(note ? { note } : {}) };
  return checkBySchema({ kind: 'person.addAbsence', id: personId, absence }, fieldOf, ABSENCE_PROBLEMS, 'invalid_value');
}
