// A refusal reason (the issue code of a 'refused' answer, or a conflict's reason) as a sentence.
import type { TFunction } from 'i18next';
import { REFUSAL_REASONS } from '../../shared/records/refusals.ts';
import { isOneOf } from '../../shared/util/one-of.ts';
import { describeApiError } from '../errors/describe-api-error.ts';

export function refusalText(t: TFunction<'errors'>, reason: string): string {
  return isOneOf(REFUSAL_REASONS, reason) ? t(`refusal.${reason}`) : t('refusal.other', { code: reason });
}

/** The reason of a 'refused' error, or null for any other failure. */
export function refusalReason(error: unknown): string | null {
  const described = describeApiError(error);
  if (described.code !== 'refused') return null;
  return described.issues[0]?.code ?? 'invalid';
}
