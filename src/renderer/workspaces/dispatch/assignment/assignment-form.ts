// The assignment panel's check of a typed task, before anything is sent: the shared schema the ConsoleApi and
// the hub check again. Problems are i18n keys under dispatch.assignment.problem.
import { UnitAssignmentSchema } from '../../../../shared/records/unit.ts';
import { isOneOf } from '../../../../shared/util/one-of.ts';

export const ASSIGNMENT_PROBLEMS = ['required', 'too_long'] as const;
export type AssignmentProblem = (typeof ASSIGNMENT_PROBLEMS)[number];

export type AssignmentCheck =
  { readonly ok: true; readonly assignment: string } | { readonly ok: false; readonly problem: AssignmentProblem };

/** The task to send (trimmed), or why it cannot be sent. */
export function checkAssignment(text: string): AssignmentCheck {
  const parsed = UnitAssignmentSchema.safeParse(text);
  if (parsed.success) return { ok: true, assignment: parsed.data };
  const message = parsed.error.issues[0]?.message;
  // A string can only be empty or too long; a rule added to the schema later reads as "required" until it
  // gets a message of its own.
  return { ok: false, problem: isOneOf(ASSIGNMENT_PROBLEMS, message) ? message : 'required' };
}
