import { describe, expect, it } from 'vitest';
import type { ApiResult } from '../../shared/api/result.ts';
import { MAX_FRAME_BYTES } from '../../shared/api/wire.ts';
import { createPendingCalls, encodeRequest } from './pending-calls.ts';

const LOST: ApiResult<never> = { ok: false, error: { code: 'connection_lost' } };

describe('pending calls', () => {
  it('gives each call its own id and answers it once', () => {
    const calls = createPendingCalls();
    const seen: unknown[] = [];
    const a = calls.add((result) => seen.push(['a', result]));
    const b = calls.add((result) => seen.push(['b', result]));
    expect(b).not.toBe(a);
    calls.settle(b, { ok: true, value: 2 });
    calls.settle(b, { ok: true, value: 'again' });
    calls.settle(99, { ok: true, value: 'stray' });
    expect(seen).toEqual([['b', { ok: true, value: 2 }]]);
    calls.failAll(LOST);
    expect(seen).toEqual([
      ['b', { ok: true, value: 2 }],
      ['a', LOST],
    ]);
  });

  it('forgets the calls it failed, so a late answer is ignored', () => {
    const calls = createPendingCalls();
    const seen: unknown[] = [];
    const id = calls.add((result) => seen.push(result));
    calls.failAll(LOST);
    calls.settle(id, { ok: true, value: 'late' });
    calls.failAll(LOST);
    expect(seen).toEqual([LOST]);
  });
});

describe('encodeRequest', () => {
  it('encodes id, method and input as one JSON frame', () => {
    expect(encodeRequest(3, 'app.info', {})).toEqual({ ok: true, value: '{"id":3,"method":"app.info","input":{}}' });
  });

  it('refuses what JSON cannot carry and frames the host would reject for size', () => {
    expect(encodeRequest(0, 'prefs.set', { value: 1n })).toEqual({
      ok: false,
      error: { code: 'invalid_input', issues: [{ path: '', code: 'invalid_type' }] },
    });
    expect(encodeRequest(0, 'prefs.set', { value: 'ñ'.repeat(MAX_FRAME_BYTES / 2) })).toEqual({
      ok: false,
      error: { code: 'invalid_input', issues: [{ path: '', code: 'too_big' }] },
    });
  });
});
