// Which failures have a hearing's own refusal sentence.
import { describe, expect, it } from 'vitest';
import { ApiCallError } from '../../../../shared/api/result.ts';
import { hearingRefusal } from './refusal.ts';

describe('hearing refusals', () => {
  it.each([
    [new ApiCallError({ code: 'refused', issues: [{ path: '', code: 'slot_taken' }] }), 'slot_taken'],
    [new ApiCallError({ code: 'refused', issues: [{ path: '', code: 'signed' }] }), 'signed'],
    [new ApiCallError({ code: 'refused', issues: [] }), 'invalid'],
    [new ApiCallError({ code: 'refused', issues: [{ path: '', code: 'term_open' }] }), null],
    [new ApiCallError({ code: 'cache_unavailable' }), null],
    [new Error('boom'), null],
  ])('%#', (error, expected) => expect(hearingRefusal(error)).toBe(expected));
});
