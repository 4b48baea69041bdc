import { describe, expect, it } from 'vitest';
import type { UnitRow } from '../../../../shared/live/unit-row.ts';
import { createUnitsFeed, type FeedTimers } from './units-feed.ts';

function fakeTimers() {
  let now = 1_000;
  let pending: { at: number; callback: () => void } | null = null;
  const timers: FeedTimers = {
    now: () => now,
    setTimeout: (callback, ms) => (pending = { at: now + ms, callback }),
    clearTimeout: () => (pending = null),
  };
  const advance = (ms: number) => {
    now += ms;
    if (pending && pending.at <= now) {
      const { callback } = pending;
      pending = null;
      callback();
    }
  };
  return { timers, advance, hasPending: () => pending !== null };
}

const row = (id: string, version = 1) => ({ id, callSign: id, version }) as unknown as UnitRow;

describe('the units feed', () => {
  it('passes the first batch at once, then at most one snapshot per interval, with the latest units', () => {
    const { timers, advance, hasPending } = fakeTimers();
    const feed = createUnitsFeed(250, timers);
    let notified = 0;
    feed.subscribe(() => notified++);
    const board = new Map([['a', row('a')]]);

    feed.publish(board);
    expect(notified).toBe(1);
    expect(feed.getSnapshot()).toEqual([row('a')]);
    const first = feed.getSnapshot();

    board.set('a', row('a', 2));
    board.set('b', row('b'));
    feed.publish(board);
    feed.publish(board);
    expect(notified).toBe(1); // within the interval: waits
    expect(feed.getSnapshot()).toBe(first); // same identity until the next snapshot
    advance(249);
    expect(notified).toBe(1);
    advance(1);
    expect(notified).toBe(2);
    expect(feed.getSnapshot()).toEqual([row('a', 2), row('b')]);
    expect(feed.unit('b')).toEqual(row('b'));
    expect(hasPending()).toBe(false);

    advance(1_000);
    feed.publish(board); // long after: at once again
    expect(notified).toBe(3);
  });

  it('copies the board, so later changes to it do not leak into a snapshot', () => {
    const { timers } = fakeTimers();
    const feed = createUnitsFeed(250, timers);
    const board = new Map([['a', row('a')]]);
    feed.publish(board);
    board.delete('a');
    expect(feed.getSnapshot()).toEqual([row('a')]);
    expect(feed.unit('a')).toEqual(row('a'));
  });

  it('stops after dispose', () => {
    const { timers, advance, hasPending } = fakeTimers();
    const feed = createUnitsFeed(250, timers);
    let notified = 0;
    feed.subscribe(() => notified++);
    feed.publish(new Map());
    feed.publish(new Map([['a', row('a')]]));
    feed.dispose();
    expect(hasPending()).toBe(false);
    advance(1_000);
    expect(notified).toBe(1);
  });
});
