// Exponential backoff between reconnection attempts, with jitter so that several tabs of the same
// host do not retry in lockstep. Capped: a desk that was offline for an hour reconnects within seconds.
const BASE_MS = 250;
const MAX_MS = 10_000;

/** Delay before attempt number `attempt` (0 = first retry); `random` in [0, 1). */
export function reconnectDelay(attempt: number, random: number): number {
  const ceiling = Math.min(MAX_MS, BASE_MS * 2 ** Math.min(attempt, 16));
  return Math.round(ceiling * (0.5 + random / 2));
}
