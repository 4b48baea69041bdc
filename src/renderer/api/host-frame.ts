// Parses what the browser-mode host sends (see src/shared/api/wire.ts). The socket is trusted less than
// the contract: anything malformed is dropped rather than handed to a view as if it were an answer.
import { z } from 'zod';
import { API_ERROR_CODES, type ApiErrorCode, type ApiResult } from '../../shared/api/result.ts';
import { isOneOf } from '../../shared/util/one-of.ts';

const ResultSchema = z.union([
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({
    ok: z.literal(false),
    error: z.object({
      // A newer host may know codes this renderer does not: show them as a generic failure.
      code: z.string().transform((code): ApiErrorCode => (isOneOf(API_ERROR_CODES, code) ? code : 'internal')),
      issues: z.array(z.object({ path: z.string(), code: z.string() })).optional(),
    }),
  }),
]);

const HostFrameSchema = z.union([
  z.object({ id: z.number().int().min(0), result: ResultSchema }),
  z.object({ event: z.string(), payload: z.unknown() }),
]);

export type ParsedHostFrame =
  | { readonly kind: 'answer'; readonly id: number; readonly result: ApiResult<unknown> }
  | { readonly kind: 'event'; readonly event: string; readonly payload: unknown };

export function parseHostFrame(text: string): ParsedHostFrame | null {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return null;
  }
  const parsed = HostFrameSchema.safeParse(json);
  if (!parsed.success) return null;
  const frame = parsed.data;
  return 'id' in frame
    ? { kind: 'answer', id: frame.id, result: frame.result as ApiResult<unknown> }
    : { kind: 'event', event: frame.event, payload: frame.payload };
}
