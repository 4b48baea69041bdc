import { describe, expect, it, vi } from 'vitest';
import { createFrameBatcher, type Schedule } from './frame-batcher.ts';

interface Row {
  readonly id: string;
  readonly v: number;
}

/** A hand-cranked frame clock: frame() runs what was scheduled since the last frame. */
function fakeFrames() {
  let queued: (() => void)[] = [];
  const schedule = vi.fn<Schedule>((callback) => {
    queued.push(callback);
    return () => {
      queued = queued.filter((c) => c !== callback);
    };
  });
  return {
    schedule,
    get scheduled() {
      return queued.length;
    },
    frame() {
      const run = queued;
      queued = [];
      for (const callback of run) callback();
    },
  };
}

function setup() {
  const frames = fakeFrames();
  const flushed: Row[][] = [];
  const batcher = createFrameBatcher<Row>({ keyOf: (r) => r.id, flush: (rows) => flushed.push(rows), schedule: frames.schedule });
  return { frames, flushed, batcher };
}

describe('createFrameBatcher', () => {
  it('flushes nothing until the frame comes', () => {
    const { frames, flushed, batcher } = setup();
    batcher.push([{ id: 'a', v: 1 }]);
    expect(flushed).toEqual([]);
    expect(batcher.size).toBe(1);
    frames.frame();
    expect(flushed).toEqual([[{ id: 'a', v: 1 }]]);
    expect(batcher.size).toBe(0);
  });

  it('schedules one flush however many batches arrive within a frame', () => {
    const { frames, flushed, batcher } = setup();
    batcher.push([{ id: 'a', v: 1 }]);
    batcher.push([{ id: 'b', v: 1 }]);
    batcher.push([
      { id: 'c', v: 1 },
      { id: 'a', v: 2 },
    ]);
    expect(frames.schedule).toHaveBeenCalledTimes(1);
    frames.frame();
    expect(flushed).toHaveLength(1);
  });

  it('keeps only the latest row of each key, in first-queued order', () => {
    const { frames, flushed, batcher } = setup();
    batcher.push([
      { id: 'a', v: 1 },
      { id: 'b', v: 1 },
    ]);
    batcher.push([{ id: 'a', v: 2 }]);
    batcher.push([
      { id: 'a', v: 3 },
      { id: 'c', v: 1 },
      { id: 'b', v: 2 },
    ]);
    frames.frame();
    expect(flushed).toEqual([
      [
        { id: 'a', v: 3 },
        { id: 'b', v: 2 },
        { id: 'c', v: 1 },
      ],
    ]);
  });

  it('starts a new batch after each flush, and schedules only when there is something to flush', () => {
    const { frames, flushed, batcher } = setup();
    batcher.push([{ id: 'a', v: 1 }]);
    frames.frame();
    frames.frame();
    expect(frames.schedule).toHaveBeenCalledTimes(1);
    batcher.push([]);
    expect(frames.schedule).toHaveBeenCalledTimes(1);
    batcher.push([{ id: 'a', v: 2 }]);
    expect(frames.schedule).toHaveBeenCalledTimes(2);
    frames.frame();
    expect(flushed).toEqual([[{ id: 'a', v: 1 }], [{ id: 'a', v: 2 }]]);
  });

  it('rows pushed during a flush go to the next frame', () => {
    const frames = fakeFrames();
    const flushed: Row[][] = [];
    const batcher = createFrameBatcher<Row>({
      keyOf: (r) => r.id,
      schedule: frames.schedule,
      flush: (rows) => {
        flushed.push(rows);
        if (flushed.length === 1) batcher.push([{ id: 'late', v: 1 }]);
      },
    });
    batcher.push([{ id: 'a', v: 1 }]);
    frames.frame();
    expect(flushed).toEqual([[{ id: 'a', v: 1 }]]);
    expect(frames.scheduled).toBe(1);
    frames.frame();
    expect(flushed).toEqual([[{ id: 'a', v: 1 }], [{ id: 'late', v: 1 }]]);
  });

  it('clear() drops the queue and cancels the scheduled flush', () => {
    const { frames, flushed, batcher } = setup();
    batcher.push([{ id: 'a', v: 1 }]);
    batcher.clear();
    expect(frames.scheduled).toBe(0);
    expect(batcher.size).toBe(0);
    frames.frame();
    expect(flushed).toEqual([]);
    batcher.push([{ id: 'b', v: 1 }]);
    frames.frame();
    expect(flushed).toEqual([[{ id: 'b', v: 1 }]]);
  });

  it('ignores everything after dispose()', () => {
    const { frames, flushed, batcher } = setup();
    batcher.push([{ id: 'a', v: 1 }]);
    batcher.dispose();
    batcher.push([{ id: 'b', v: 1 }]);
    frames.frame();
    expect(flushed).toEqual([]);
    expect(frames.scheduled).toBe(0);
  });

  it('with 500 units at 4 Hz over one frame, flushes 500 rows once', () => {
    const { frames, flushed, batcher } = setup();
    for (let tick = 0; tick < 4; tick++) {
      batcher.push(Array.from({ length: 500 }, (_, i) => ({ id: `u${i}`, v: tick })));
    }
    frames.frame();
    expect(flushed).toHaveLength(1);
    expect(flushed[0]).toHaveLength(500);
    expect(flushed[0]?.every((row) => row.v === 3)).toBe(true);
  });
});
