// Every request on the hub's namespaces is answered with an ack: {ok:true, value} or {ok:false, error}.
import { z } from 'zod';
import { ADMIN_REFUSALS } from './admin.ts';
import { CLOCK_REFUSALS } from './field-health.ts';

/**
 * Besides the generic refusals, a device's report dated out of the hub's clock tolerance (field-health.ts) and what
 * the administration requests refuse (admin.ts).
 */
export const HUB_ERROR_CODES = [
  'invalid_input',
  'unauthorized',
  'forbidden',
  'rate_limited',
  'internal',
  ...CLOCK_REFUSALS,
  ...ADMIN_REFUSALS,
] as const;
export type HubErrorCode = (typeof HUB_ERROR_CODES)[number];

export type HubAck<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: HubErrorCode };

/** The schema of an ack carrying `value` (the error stays a string: an older or newer hub may have other codes). */
export const ackOf = <T extends z.ZodType>(value: T) =>
  z.union([z.object({ ok: z.literal(true), value }), z.object({ ok: z.literal(false), error: z.string() })]);
