// Runs in: Node. The reasons the hub's metrics count refused input under (`convivencia_hub_refused_inputs_total
// {reason}`): a short, fixed set, so that a client sending odd input cannot grow the label set, and the two clock
// refusals are one reason, as an operator watches them ("devices with a wrong clock").
//
// Counted: what the hub's gates refuse — a socket request's ack refusal, a refused connection, a refused login.
// Not counted: 'internal' (the hub's own failure, logged as an error) and the administration service's answers
// (not_found, already_exists…: decisions on well-formed requests by administrators, kept in the administration log).
import type { HubErrorCode } from '../../shared/hub-protocol/acks.ts';

export const REFUSAL_REASONS = [
  'malformed',
  'too_large',
  'rate_limited',
  'too_many_attempts',
  'unauthorized',
  'forbidden',
  'clock',
] as const;
export type RefusalReason = (typeof REFUSAL_REASONS)[number];

/** What a gate refused with: an ack's error code, or one of the login route's own answers. */
export type RefusalCode = HubErrorCode | 'too_large' | 'too_many_attempts';

const REASONS: Partial<Record<RefusalCode, RefusalReason>> = {
  invalid_input: 'malformed',
  too_large: 'too_large',
  rate_limited: 'rate_limited',
  too_many_attempts: 'too_many_attempts',
  unauthorized: 'unauthorized',
  forbidden: 'forbidden',
  clock_ahead: 'clock',
  clock_behind: 'clock',
};

/** The reason a refusal is counted under; null when it is not a refusal of input (see above). */
export const refusalReason = (code: RefusalCode): RefusalReason | null => REASONS[code] ?? null;
