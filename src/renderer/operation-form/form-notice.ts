// What the operation dialog's forms say above their buttons after a call that did not go through, or after a
// change that closes nothing (a status changed, nothing to save).
import { describeApiError } from '../errors/describe-api-error.ts';
import { refusalReason } from '../writes/refusal-text.ts';

export type FormNotice =
  | { readonly kind: 'refused'; readonly reason: string }
  | { readonly kind: 'forbidden' }
  | { readonly kind: 'error'; readonly error: unknown }
  | { readonly kind: 'info'; readonly message: string }
  | null;

/** A failed call as a notice: the refusal's reason in words, the role's limit, or the error itself. */
export function failureNotice(error: unknown): FormNotice {
  const reason = refusalReason(error);
  if (reason !== null) return { kind: 'refused', reason };
  return describeApiError(error).code === 'forbidden' ? { kind: 'forbidden' } : { kind: 'error', error };
}
