// Runs in: Node (the console core). The sort order of a large filtered result, built a slice at a time.
//
//   start ──► building: one slice of the sort index per turn of the event loop ──► ready: Int32Array of seqs
//                 └── abort() (the table changed, or a newer build pushed this one out) ──► rejected
//
// A large result sorted by a column whose index lacks the filter column cannot be paged deep by OFFSET: SQLite
// walks the sort index and reads every row before the offset to test the filter (~0.5 s per block at offset 200,000
// of a million rows). Its order, once known, turns every block into a slice plus 100 key reads. Sorting the whole
// result in one query costs ~0.4 s, during which the core answers nothing. Here the repository takes the filter's
// rows as a bitmap (one query over the filter's index, as cheap as its count) and walks the sort's own index, index
// only, in slices of ~SLICE_MS, keeping the rows in the bitmap (0.3–0.4 s in all for a million index entries), so
// every other call passes in between.
import { setImmediate as nextTurn } from 'node:timers/promises';

/** Sort key values and seq of the last row read: where the next slice starts. */
export type Keyset = readonly (string | number)[];

export interface OrderSlice {
  readonly seqs: readonly number[];
  /** Where the next slice starts; null once the walk reached the end. */
  readonly after: Keyset | null;
}

/** Reads up to `limit` seqs of the result after `after` (null: from the start), in sort order. */
export type SliceReader = (after: Keyset | null, limit: number) => OrderSlice;

export interface OrderSource {
  readonly read: SliceReader;
  /** The result's count: more rows than that means the table changed under the build. */
  readonly expected: number;
}

const SLICE_MS = 8;
const FIRST_SLICE = 1_000;
const [MIN_SLICE, MAX_SLICE] = [200, 50_000];

export class OrderAborted extends Error {
  constructor() {
    super('order build aborted');
  }
}

export class OrderBuild {
  private aborted = false;
  readonly done: Promise<Int32Array>;

  /** Starts on the next turn of the event loop (the block that asked is answered first) with `source()`. */
  constructor(source: () => OrderSource) {
    this.done = this.run(source);
    this.done.catch(() => undefined); // a build nobody waits for may be aborted: not an unhandled rejection
  }

  abort(): void {
    this.aborted = true;
  }

  private async run(source: () => OrderSource): Promise<Int32Array> {
    await nextTurn();
    const { read, expected } = source();
    const order = new Int32Array(expected);
    let [filled, limit, after] = [0, FIRST_SLICE, null as Keyset | null];
    for (;;) {
      if (this.aborted) throw new OrderAborted();
      const started = performance.now();
      const slice = read(after, limit);
      if (filled + slice.seqs.length > expected) throw new OrderAborted();
      order.set(slice.seqs, filled);
      filled += slice.seqs.length;
      if (!slice.after) return filled === expected ? order : order.slice(0, filled);
      after = slice.after;
      limit = nextLimit(limit, performance.now() - started);
      await nextTurn();
    }
  }
}

/** The next slice's size, aiming at SLICE_MS per slice from how long this one took. */
export function nextLimit(limit: number, elapsedMs: number): number {
  const scaled = Math.round((limit * SLICE_MS) / Math.max(elapsedMs, 0.5));
  return Math.min(MAX_SLICE, Math.max(MIN_SLICE, scaled, Math.floor(limit / 2)), limit * 2);
}
