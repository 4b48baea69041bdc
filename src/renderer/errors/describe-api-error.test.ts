import { describe, expect, it } from 'vitest';
import { ApiCallError } from '../../shared/api/result.ts';
import errors from '../../shared/i18n/es-AR/errors.ts';
import { describeApiError, isCacheUnavailable, issueFieldKey, issueProblemKey } from './describe-api-error.ts';

describe('describeApiError', () => {
  it('reads code and issues of an ApiCallError', () => {
    const error = new ApiCallError({ code: 'invalid_input', issues: [{ path: 'filter.to', code: 'range_inverted' }] });
    expect(describeApiError(error)).toEqual({ code: 'invalid_input', issues: [{ path: 'filter.to', code: 'range_inverted' }] });
  });

  it('treats anything else as internal', () => {
    expect(describeApiError(new TypeError('x'))).toEqual({ code: 'internal', issues: [] });
    expect(isCacheUnavailable(new ApiCallError({ code: 'cache_unavailable' }))).toBe(true);
    expect(isCacheUnavailable('cache_unavailable')).toBe(false);
  });
});

describe('issue keys', () => {
  it('maps field paths to labelled fields', () => {
    expect(issueFieldKey('filter.types.3')).toBe('filter_types');
    expect(issueFieldKey('')).toBe('request');
    expect(issueFieldKey('offset')).toBeNull();
  });

  it('knows the issue codes the dictionary explains', () => {
    expect(issueProblemKey('range_inverted')).toBe('range_inverted');
    expect(issueProblemKey('whatever')).toBeNull();
  });

  it('lists exactly the fields and problems of the dictionary', () => {
    const fields = Object.keys(errors.field);
    expect(fields.every((f) => issueFieldKey(f === 'request' ? '' : f.replace('_', '.')) === f)).toBe(true);
    const problems = Object.keys(errors.issue).filter((p) => p !== 'other');
    expect(problems.every((p) => issueProblemKey(p) === p)).toBe(true);
  });
});
