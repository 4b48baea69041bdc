import { describe, expect, it } from 'vitest';
import { createTokenBucket } from './token-bucket.ts';

/** Replays `takes` (ms since start) against a bucket and returns which were allowed. */
function replay(perSecond: number, burst: number, takes: readonly number[]): boolean[] {
  let clock = 0;
  const bucket = createTokenBucket({ perSecond, burst }, () => clock);
  return takes.map((at) => {
    clock = at;
    return bucket.take();
  });
}

describe('token bucket', () => {
  it.each<[string, number, number, number[], boolean[]]>([
    ['a burst up to the limit passes', 20, 3, [0, 0, 0], [true, true, true]],
    ['one more than the burst is refused', 20, 3, [0, 0, 0, 0], [true, true, true, false]],
    ['refills at the rate (20/s = one per 50 ms)', 20, 1, [0, 10, 50, 60, 100], [true, false, true, false, true]],
    ['never holds more than the burst', 1, 2, [0, 10_000, 10_000, 10_000], [true, true, true, false]],
    ['a steady rate at the limit always passes', 10, 1, [0, 100, 200, 300, 400], [true, true, true, true, true]],
  ])('%s', (_, perSecond, burst, takes, expected) => {
    expect(replay(perSecond, burst, takes)).toEqual(expected);
  });
});
