// Runs in: tests only. A notice form checked into exactly the change expected — and one the hub's own schema takes,
// so a form cannot build a change only the console believes in.
import { expect } from 'vitest';
import { MutationSchema } from '../../../../../shared/records/mutations.ts';

export function expectAccepted(
  checked: unknown,
  mutation: Readonly<Record<string, unknown>>,
  more: Readonly<Record<string, unknown>> = {},
) {
  expect(checked).toEqual({ ok: true, mutation, ...more });
  expect(MutationSchema.safeParse(mutation).success).toBe(true);
}
