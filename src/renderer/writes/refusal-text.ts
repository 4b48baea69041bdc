// A refusal reason (the issue code of a 'refused' answer, or a conflict's reason; an administration request's too) as a sentence.
import type { TFunction } from 'i18next';
import { ADMIN_REFUSALS } from '../../shared/hub-protocol/admin.ts';
import { REFUSAL_REASONS } from '../../shared/records/refusals.ts';
import { isOneOf } from '../../shared/util/one-of.ts';
import { describeApiError } from '../errors/describe-api-error.ts';

const REASONS = [...REFUSAL_REASONS, ...ADMIN_REFUSALS];

export function refusalText(t: TFunction<'errors'>, reason: string): string {
  return isOneOf(REASONS, reason) ? t(`refusal.${reason}`) : t('refusal.other', { code: reason });
}

/** The reason of a 'refused' error, or null for any other failure. */
export function refusalReason(error: unknown): string | null {
  const described = describeApiError(error);
  if (described.code !== 'refused') return null;
  return described.issues[0]?.code ?? 'invalid';
}
