import { describe, expect, it } from 'vitest';
import type { AdminLogEntry } from '../../../../shared/hub-protocol/admin.ts';
import { LOG_PAGE, oldestSeq, shownLog, withOlder } from './log-pages.ts';

const entry = (seq: number): AdminLogEntry => ({
  seq,
  at: seq * 1000,
  by: 'admin',
  action: 'account.create',
  target: `u${seq}`,
  detail: {},
});
/** Entries from `newest` down, `count` of them. */
const page = (newest: number, count: number) => Array.from({ length: count }, (_, i) => entry(newest - i));
const seqs = (entries: readonly AdminLogEntry[]) => entries.map((e) => e.seq);

describe('the log shown', () => {
  it('is the newest page at first, with older entries possible when it is full', () => {
    expect(shownLog(page(10, 10), null)).toEqual({ entries: page(10, 10), more: false });
    expect(shownLog(page(120, LOG_PAGE), null).more).toBe(true);
    expect(shownLog([], null)).toEqual({ entries: [], more: false });
    expect(oldestSeq(shownLog([], null))).toBeNull();
  });

  it('grows by older pages below, until a page comes back short', () => {
    const first = shownLog(page(120, LOG_PAGE), null);
    expect(oldestSeq(first)).toBe(71);
    const second = withOlder(first, page(70, LOG_PAGE));
    expect(second.more).toBe(true);
    const last = withOlder(second, page(20, 20));
    expect(seqs(shownLog(page(120, LOG_PAGE), last).entries)).toEqual(seqs(page(120, 120)));
    expect(shownLog(page(120, LOG_PAGE), last).more).toBe(false);
  });

  it('adds what was logged meanwhile on top, once, keeping the older pages', () => {
    const loaded = withOlder(shownLog(page(120, LOG_PAGE), null), page(70, LOG_PAGE));
    const again = shownLog(page(125, LOG_PAGE), loaded);
    expect(seqs(again.entries)).toEqual(seqs(page(125, 105)));
    expect(again.more).toBe(true);
    expect(shownLog(page(10, 10), withOlder(shownLog(page(8, 8), null), []))).toEqual({ entries: page(10, 10), more: false });
  });

  it('sets the older pages aside when more was logged meanwhile than a page holds (no gap)', () => {
    const loaded = withOlder(shownLog(page(120, LOG_PAGE), null), page(70, LOG_PAGE));
    expect(shownLog(page(300, LOG_PAGE), loaded)).toEqual({ entries: page(300, LOG_PAGE), more: true });
  });
});
