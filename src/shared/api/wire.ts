// Browser-mode wire format: JSON frames over one WebSocket.
//   host → client  {ready: true}  first, once the secret is accepted: only then is the page connected
//   client → host  {id, method, input}
//   host → client  {id, result}  (answer)  |  {event, payload}  (stream)
import { z } from 'zod';
import type { ApiResult } from './result.ts';

export const MAX_FRAME_BYTES = 256 * 1024;
/**
 * Close code for a socket whose per-start secret is wrong — typically a tab left open across a host restart.
 * The page should stop retrying and ask for the new address, not pretend the connection will come back.
 */
export const CLOSE_SECRET_REJECTED = 4401;

export const RequestFrameSchema = z
  .object({ id: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER), method: z.string().max(64), input: z.unknown() })
  .strict();
export type RequestFrame = z.infer<typeof RequestFrameSchema>;

export const READY_FRAME = JSON.stringify({ ready: true });

export type HostFrame =
  { readonly id: number | null; readonly result: ApiResult<unknown> } | { readonly event: string; readonly payload: unknown };
