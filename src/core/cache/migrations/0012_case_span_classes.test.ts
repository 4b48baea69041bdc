// Cache migration 12: a cache with the facts of migration 11 gets each court span's length class and the backlog's
// index on it; the spans holding an instant, found one class at a time, are exactly those a plain scan finds — for
// spans of every class, open ones included, at every instant where one begins or ends and just around it.
import { createHash } from 'node:crypto';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { OPEN_SPAN } from '../../insights/facts/case-facts.ts';
import { OPEN_SPANS_AT_END } from '../../insights/facts/span-classes.ts';
import { CASES, writeHandChecked } from '../../insights/test-support/hand-checked.ts';
import { RecordsRepository } from '../../records/repository.ts';
import { tempDir } from '../../test-support/temp-dir.ts';
import { createCache } from '../cache.ts';
import { CACHE_FILE_NAME } from '../cache-session.ts';
import { migrate } from '../migrate.ts';
import migration12 from './0012_case_span_classes.ts';

const DAY = 86_400_000;
const T0 = Date.parse('2024-01-01T03:00:00Z');
const STATUSES = ['incoming', 'opened', 'notified', 'closed'];

/** Spans of every length class, each length just under, at and just over a class bound, some still open. */
function spans(): [string, string, number, number][] {
  const lengths = [
    1,
    DAY - 1,
    DAY,
    DAY + 1,
    7 * DAY,
    7 * DAY + 1,
    30 * DAY,
    31 * DAY,
    90 * DAY,
    91 * DAY,
    365 * DAY,
    366 * DAY,
    1461 * DAY,
  ];
  return lengths.flatMap((length, i) =>
    [0, 5 * DAY, 400 * DAY].flatMap((start, j): [string, string, number, number][] => [
      [`k${i}-${j}`, STATUSES[(i + j) % STATUSES.length]!, T0 + start, T0 + start + length],
      [`open${i}-${j}`, STATUSES[(i + j + 1) % STATUSES.length]!, T0 + start + length, OPEN_SPAN],
    ]),
  );
}

describe('cache migration 12: court span classes', () => {
  it('keeps the facts and finds the spans holding an instant as a plain scan does', () => {
    const dir = tempDir();
    const old = new Database(path.join(dir, CACHE_FILE_NAME));
    migrate(old, 11);
    old.transaction(() => CASES.forEach((r) => new RecordsRepository(old).put('court_case', r)))();
    const before = old.prepare('SELECT case_id, status, from_at, until_at FROM insight_case_spans ORDER BY rowid').raw().all();
    migrate(old);
    expect(old.prepare('SELECT case_id, status, from_at, until_at FROM insight_case_spans ORDER BY rowid').raw().all()).toEqual(before);
    const insert = old.prepare('INSERT INTO insight_case_spans (case_id, status, from_at, until_at) VALUES (?, ?, ?, ?)');
    old.transaction(() => spans().forEach((s) => insert.run(...s)))();
    expect(old.prepare('SELECT DISTINCT span_class FROM insight_case_spans ORDER BY 1').pluck().all()).toEqual([0, 1, 2, 3, 4, 5, 6]);

    const classed = old.prepare(`SELECT c.rowid ${OPEN_SPANS_AT_END} ORDER BY c.rowid`).pluck();
    const scanned = old
      .prepare(
        "SELECT rowid FROM insight_case_spans NOT INDEXED WHERE from_at <= @end AND until_at > @end AND status <> 'closed' ORDER BY rowid",
      )
      .pluck();
    const edges = old
      .prepare('SELECT from_at FROM insight_case_spans UNION SELECT until_at FROM insight_case_spans WHERE until_at < ?')
      .pluck();
    const instants = (edges.all(OPEN_SPAN) as number[]).flatMap((t) => [t - 1, t, t + 1]);
    expect(instants.length).toBeGreaterThan(100);
    for (const end of instants) expect(classed.all({ end }), `at ${end}`).toEqual(scanned.all({ end }));
    expect(
      old
        .prepare(`EXPLAIN QUERY PLAN SELECT c.rowid ${OPEN_SPANS_AT_END}`)
        .all({ end: T0 })
        .map((r) => (r as { detail: string }).detail),
    ).toContainEqual(expect.stringContaining('INDEX insight_case_spans_at (span_class=? AND from_at>? AND from_at<?)'));
    old.close();
  });

  it('gives a fresh cache the same schema as a migrated one', () => {
    const fresh = createCache(path.join(tempDir(), CACHE_FILE_NAME));
    writeHandChecked(fresh);
    const index = fresh.db.prepare("SELECT sql FROM sqlite_schema WHERE name LIKE 'insight_case_spans%' ORDER BY name").pluck().all();
    expect(index).toEqual([
      expect.stringContaining('span_class'),
      expect.stringContaining('span_class'),
      expect.stringContaining('(case_id)'),
    ]);
    fresh.close();
  });

  // Shipped migrations never change (see 0011_insight_facts.test.ts): the class bounds are span-classes.ts's.
  it('runs the SQL it was released with', () => {
    expect(createHash('sha256').update(migration12.up).digest('hex')).toBe(
      'ee7bad25a44375ac501260371233ec38c02e7b0eb88bee880fbb318204a425c2',
    );
  });
});
