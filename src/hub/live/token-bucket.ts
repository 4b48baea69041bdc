// Per-connection rate limiting: a token bucket. It holds up to `burst` tokens, refills at `perSecond`, and each
// message takes one. Short bursts pass; a sustained flood is refused message by message, never disconnected.

export interface RateLimit {
  readonly perSecond: number;
  readonly burst: number;
}

export interface TokenBucket {
  /** Takes one token; false when none is left (the message is to be refused). */
  take(): boolean;
}

export function createTokenBucket(limit: RateLimit, now: () => number): TokenBucket {
  let tokens = limit.burst;
  let last = now();
  return {
    take() {
      const t = now();
      tokens = Math.min(limit.burst, tokens + ((t - last) / 1000) * limit.perSecond);
      last = t;
      if (tokens < 1) return false;
      tokens -= 1;
      return true;
    },
  };
}
