// The browser-mode bridge's call table: which caller waits for which answer id, and the request frames
// themselves. Knows nothing about the socket: the bridge sends the frames and reports when they are lost.
import type { ApiResult } from '../../shared/api/result.ts';
import { MAX_FRAME_BYTES } from '../../shared/api/wire.ts';

export type Settle = (result: ApiResult<unknown>) => void;

export interface PendingCalls {
  /** Remembers a caller and returns the id its answer will carry. */
  add(settle: Settle): number;
  /** Answers call `id` (once; unknown or already answered ids are ignored). */
  settle(id: number, result: ApiResult<unknown>): void;
  /** Answers every call still waiting with `result` — the connection they were sent on is gone. */
  failAll(result: ApiResult<never>): void;
}

export function createPendingCalls(): PendingCalls {
  const waiting = new Map<number, Settle>();
  let nextId = 0;
  return {
    add(settle) {
      const id = nextId++;
      waiting.set(id, settle);
      return id;
    },
    settle(id, result) {
      const settle = waiting.get(id);
      waiting.delete(id);
      settle?.(result);
    },
    failAll(result) {
      const settles = [...waiting.values()];
      waiting.clear();
      for (const settle of settles) settle(result);
    },
  };
}

const FRAME_TOO_BIG: ApiResult<never> = { ok: false, error: { code: 'invalid_input', issues: [{ path: '', code: 'too_big' }] } };
const UNSERIALISABLE: ApiResult<never> = { ok: false, error: { code: 'invalid_input', issues: [{ path: '', code: 'invalid_type' }] } };

const byteLength = (text: string): number => new TextEncoder().encode(text).length;

/** The request frame of a call, or the invalid_input answer when the host would not accept it anyway. */
export function encodeRequest(id: number, method: string, input: unknown): ApiResult<string> {
  let frame: string;
  try {
    frame = JSON.stringify({ id, method, input });
  } catch {
    return UNSERIALISABLE;
  }
  return byteLength(frame) > MAX_FRAME_BYTES ? FRAME_TOO_BIG : { ok: true, value: frame };
}
