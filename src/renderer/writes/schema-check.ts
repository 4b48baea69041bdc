// Runs in: the renderer (pure). A form's change checked by its kind's own schema (MutationSchema, the one the core and
// the hub apply): the change as the schema reads it (trimmed, a plate in its kept form), or the problems field by
// field as the schema's message keys. So a form repeats no limit of the schemas — a name's length, a phone's
// characters, an absence's span — and says what the hub would say, before anything is sent.
import { MutationSchema, type Mutation } from '../../shared/records/mutations.ts';
import type { Checked } from './use-checked-form.ts';

/**
 * `mutation` checked; `field` names the form field an issue's path belongs to (null: none of the form's, which is
 * a bug of the form, not the person's), and a message the form has no words for becomes `fallback`.
 */
export function checkBySchema<F extends string, P extends string>(
  mutation: Record<string, unknown>,
  field: (path: readonly PropertyKey[]) => F,
  problems: readonly P[],
  fallback: P,
): Checked<F, P> {
  const parsed = MutationSchema.safeParse(mutation);
  if (parsed.success) return { ok: true, mutation: parsed.data as Mutation };
  const found: Partial<Record<F, P>> = {};
  for (const issue of parsed.error.issues) {
    const key = field(issue.path);
    const said = problems.find((p) => p === issue.message || p === issue.code) ?? fallback;
    found[key] ??= said;
  }
  return { ok: false, problems: found };
}
