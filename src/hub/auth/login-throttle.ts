// Runs in: Node. Failed logins slow down the next ones, per account and per client address: after FREE failures in a
// row, each further attempt must wait — 1 s, then twice as long after each failure, up to 15 minutes — and an
// attempt during the wait is refused without checking the password (it does not count as a failure). A success
// clears both counters. Accounts are keyed by the username typed, whether it exists or not, so the answers do not
// tell which usernames exist. Kept in memory: a restart forgets the counts, which only helps the right user.
//
//   failures:   1..5   6     7     8    …   15+
//   wait:       none   1 s   2 s   4 s  …   15 min (at most)
import { BoundedCache } from '../../core/cache/bounded-cache.ts';

const FREE = 5;
const FIRST_WAIT_MS = 1_000;
const LONGEST_WAIT_MS = 15 * 60_000;
const TRACKED = 10_000;

interface Failures {
  count: number;
  /** Until when attempts are refused (epoch ms). */
  until: number;
}

export interface LoginThrottle {
  /** Milliseconds the attempt must still wait (0: it may be checked now). */
  wait(username: string, address: string): number;
  failed(username: string, address: string): void;
  succeeded(username: string, address: string): void;
}

export function createLoginThrottle(now: () => number): LoginThrottle {
  const failures = new BoundedCache<string, Failures>(TRACKED);
  const keys = (username: string, address: string) => [`account:${username.trim().toLowerCase()}`, `address:${address}`];
  const entry = (key: string) => failures.getOrCreate(key, () => ({ count: 0, until: 0 }));
  return {
    wait: (username, address) => Math.max(0, ...keys(username, address).map((key) => entry(key).until - now())),
    failed(username, address) {
      for (const key of keys(username, address)) {
        const f = entry(key);
        f.count += 1;
        if (f.count > FREE) f.until = now() + Math.min(LONGEST_WAIT_MS, FIRST_WAIT_MS * 2 ** (f.count - FREE - 1));
      }
    },
    succeeded(username, address) {
      for (const key of keys(username, address)) Object.assign(entry(key), { count: 0, until: 0 });
    },
  };
}
