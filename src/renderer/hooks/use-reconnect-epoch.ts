import { useConnection } from '../api/ApiContext.tsx';

/**
 * A number that changes each time the connection to the host is re-established after a loss — a cue to
 * reload what may have changed meanwhile. The first connection does not count: views load at mount anyway.
 */
export function useReconnectEpoch(): number {
  return Math.max(1, useConnection().sessions);
}
