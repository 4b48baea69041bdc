import { describe, expect, it } from 'vitest';
import { nextLimit, OrderAborted, OrderBuild, type SliceReader } from './order-build.ts';

/** A result of `n` rows in sort order, read a slice at a time as the repository reads the sort index. */
const readerOf =
  (seqs: readonly number[], reads: number[] = []): SliceReader =>
  (after, limit) => {
    const start = after ? seqs.indexOf(after[0] as number) + 1 : 0;
    reads.push(limit);
    const slice = seqs.slice(start, start + limit);
    return { seqs: slice, after: slice.length < limit ? null : [slice.at(-1)!] };
  };

const result = (n: number) => Array.from({ length: n }, (_, i) => (i * 7919) % 100_003);

describe('OrderBuild', () => {
  it('starts on the next turn of the event loop', async () => {
    const reads: number[] = [];
    const build = new OrderBuild(() => ({ read: readerOf(result(10), reads), expected: 10 }));
    expect(reads).toHaveLength(0);
    await build.done;
    expect(reads).toHaveLength(1);
  });

  it('collects every slice in order', async () => {
    const reads: number[] = [];
    const order = await new OrderBuild(() => ({ read: readerOf(result(5_000), reads), expected: 5_000 })).done;
    expect(Array.from(order)).toEqual(result(5_000));
    expect(reads.length).toBeGreaterThan(1);
  });

  it('gives back fewer rows than expected when rows went away meanwhile', async () => {
    expect(Array.from(await new OrderBuild(() => ({ read: readerOf(result(10)), expected: 12 })).done)).toEqual(result(10));
  });

  it('stops when more rows come than the count said (the table changed under it)', async () => {
    await expect(new OrderBuild(() => ({ read: readerOf(result(3_000)), expected: 2_000 })).done).rejects.toBeInstanceOf(OrderAborted);
  });

  it('yields to other work between its slices', async () => {
    let [turns, ticking] = [0, true];
    const tick = () => ticking && (turns++, setImmediate(tick));
    setImmediate(tick);
    const reads: number[] = [];
    await new OrderBuild(() => ({ read: readerOf(result(20_000), reads), expected: 20_000 })).done;
    ticking = false;
    expect(turns).toBeGreaterThanOrEqual(reads.length - 1);
  });

  it('stops at the next slice once aborted', async () => {
    const reads: number[] = [];
    const build = new OrderBuild(() => ({ read: readerOf(result(20_000), reads), expected: 20_000 }));
    setImmediate(() => build.abort()); // after the build's first turn: its first slice (its own turn was queued first)
    await expect(build.done).rejects.toBeInstanceOf(OrderAborted);
    expect(reads).toHaveLength(1);
  });
});

describe('nextLimit', () => {
  it.each([
    // limit, elapsed ms, next: aims at 8 ms a slice, at most doubling or halving, within [200, 50,000]
    [1_000, 8, 1_000],
    [1_000, 4, 2_000],
    [1_000, 0, 2_000],
    [1_000, 16, 500],
    [1_000, 1_000, 500],
    [300, 100, 200],
    [40_000, 1, 50_000],
  ])('after %i rows in %f ms: %i', (limit, elapsed, next) => {
    expect(nextLimit(limit, elapsed)).toBe(next);
  });
});
