// Browser-mode wire format: JSON frames over one WebSocket.
//   client → host  {id, method, input}
//   host → client  {id, result}  (answer)  |  {event, payload}  (stream)
import { z } from 'zod';
import type { ApiResult } from './result.ts';

export const MAX_FRAME_BYTES = 256 * 1024;

export const RequestFrame = z
  .object({ id: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER), method: z.string().max(64), input: z.unknown() })
  .strict();
export type RequestFrame = z.infer<typeof RequestFrame>;

export type HostFrame =
  | { readonly id: number | null; readonly result: ApiResult<unknown> }
  | { readonly event: string; readonly payload: unknown };
