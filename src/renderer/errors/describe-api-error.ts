// Turns whatever a call threw into something the errors dictionary can explain. Unknown failures
// (a bug, a dropped promise) are shown as 'internal' rather than as raw exception text.
import { ApiCallError, type ApiErrorCode, type ApiIssue } from '../../shared/api/result.ts';
import type errors from '../../shared/i18n/es-AR/errors.ts';
import { isOneOf } from '../../shared/util/one-of.ts';

type Errors = typeof errors;
export type IssueFieldKey = keyof Errors['field'];
export type IssueProblemKey = Exclude<keyof Errors['issue'], 'other'>;

const FIELD_KEYS: readonly IssueFieldKey[] = [
  'filter_types',
  'filter_statuses',
  'filter_shifts',
  'filter_barrios',
  'filter_from',
  'filter_to',
  'filter_text',
  'unitIds',
  'from',
  'to',
  'request',
  'url',
  'username',
  'password',
];
const PROBLEM_KEYS: readonly IssueProblemKey[] = [
  'too_big',
  'too_small',
  'invalid_type',
  'invalid_value',
  'invalid_format',
  'unrecognized_keys',
  'range_inverted',
  'window_too_long',
  'hub_url',
  'required',
  'too_long',
  'too_short',
  'too_few',
  'too_many',
  'duplicated',
  'unknown_barrio',
  'end_before_start',
  'invalid_date',
  'before_today',
  'future_date',
  'out_of_range',
  'too_early',
  'overlap',
];

export interface DescribedError {
  readonly code: ApiErrorCode;
  readonly issues: readonly ApiIssue[];
}

export function describeApiError(error: unknown): DescribedError {
  if (error instanceof ApiCallError) return { code: error.apiError.code, issues: error.apiError.issues ?? [] };
  return { code: 'internal', issues: [] };
}

export const isCacheUnavailable = (error: unknown): boolean => describeApiError(error).code === 'cache_unavailable';

/** 'filter.types.0' → 'filter_types'; '' (the whole payload) → 'request'; null when the field has no label. */
export function issueFieldKey(path: string): IssueFieldKey | null {
  const key =
    path === ''
      ? 'request'
      : path
          .split('.')
          .filter((part) => !/^\d+$/.test(part))
          .join('_');
  return isOneOf(FIELD_KEYS, key) ? key : null;
}

export function issueProblemKey(code: string): IssueProblemKey | null {
  return isOneOf(PROBLEM_KEYS, code) ? code : null;
}
