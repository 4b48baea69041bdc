// The bulk writer on real SQLite files: pages committed with their state, a restart resuming after the last id (or
// starting over for another hub or role), and a build that leaves the file exactly as a cache written row by row —
// same indexes and triggers, the address search over every operation, facts equal to a rebuild, cursor and role.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateOperations } from '../../../shared/demo/generate-operations.ts';
import type { Operation } from '../../../shared/operations/types.ts';
import { createCache } from '../../cache/cache.ts';
import { openCache } from '../../cache/open.ts';
import { FACT_TABLES, REBUILD_FACTS_SQL } from '../../insights/facts/install.ts';
import { tempDir } from '../../test-support/temp-dir.ts';
import { SYNCED_ROLE } from '../synced-role.ts';
import type { BulkTarget } from './bulk-state.ts';
import { BULK_FILE_NAME, BulkWriter } from './bulk-writer.ts';

const UNTIL = Date.UTC(2025, 5, 1);
const OPERATIONS = [...generateOperations({ seed: 7, count: 3_000, until: UNTIL })].sort((a, b) => (a.id < b.id ? -1 : 1));
const TARGET: BulkTarget = {
  hubUrl: 'http://hub.test',
  role: 'coordinator',
  seq: 4_321,
  counts: { operation: OPERATIONS.length },
  kinds: ['setting', 'operation'],
};

const pages = (rows: readonly Operation[], size: number) =>
  Array.from({ length: Math.ceil(rows.length / size) }, (_, i) => rows.slice(i * size, (i + 1) * size));

/** Writes `rows` as the hub would page them (settings: none), from wherever the writer stands. */
function writeAll(writer: BulkWriter, rows: readonly Operation[], size = 1_000): void {
  if (writer.next()?.entity === 'setting') writer.write('setting', [], false);
  const after = writer.next()?.after ?? null;
  const rest = rows.filter((row) => after === null || row.id > after);
  const split = pages(rest, size);
  split.forEach((page, i) => writer.write('operation', page, i < split.length - 1));
}

const structures = (file: string) => {
  const db = openCache(file);
  const rows = db
    .prepare("SELECT type, name, sql FROM sqlite_schema WHERE type IN ('index', 'trigger') AND sql IS NOT NULL ORDER BY name")
    .all();
  db.close();
  return rows;
};

describe('BulkWriter', () => {
  it('writes pages with the hub-data tables bare, resumes after the last id, and builds a complete cache', () => {
    const dir = tempDir();
    const file = path.join(dir, BULK_FILE_NAME);
    let writer = BulkWriter.open(file, {}, TARGET);
    expect(writer.next()).toEqual({ entity: 'setting', after: null });
    writer.write('setting', [], false);
    const [first, second] = pages(OPERATIONS, 1_000);
    writer.write('operation', first!, true);
    writer.write('operation', second!, true);
    expect(writer.operations()).toEqual({ done: 2_000, total: 3_000 });
    writer.close(); // a restart

    writer = BulkWriter.open(file, {}, TARGET);
    expect(writer.next()).toEqual({ entity: 'operation', after: second!.at(-1)!.id });
    expect(writer.operations().done).toBe(2_000);
    writeAll(writer, OPERATIONS);
    expect(writer.next()).toBeNull();
    writer.build(UNTIL);
    expect(writer.state.phase).toBe('built');
    writer.close();

    // The reference: a cache that took the same operations row by row, through its triggers.
    const reference = createCache(path.join(dir, 'reference.sqlite3'));
    reference.operations.insertMany(OPERATIONS);
    const facts = (db: typeof reference.db) =>
      FACT_TABLES.map((t) => (db.prepare(`SELECT * FROM ${t}`).all() as object[]).map((r) => JSON.stringify(r)).sort());
    const expectedFacts = facts(reference.db);
    reference.close();
    expect(structures(file)).toEqual(structures(path.join(dir, 'reference.sqlite3')));

    const cache = createCache(file);
    try {
      expect(cache.operations.count({})).toBe(OPERATIONS.length);
      expect(cache.db.prepare('SELECT COUNT(*) FROM operations_address_fts').pluck().get()).toBe(OPERATIONS.length);
      expect(cache.operations.get(OPERATIONS[1_234]!.id)).toEqual(OPERATIONS[1_234]);
      expect(cache.units.cursor()).toMatchObject({ hubUrl: TARGET.hubUrl, lastSeq: TARGET.seq });
      expect(cache.meta.get(SYNCED_ROLE)).toBe('coordinator');
      expect(Number(cache.db.prepare('SELECT COUNT(*) FROM insight_operations').pluck().get())).toBeGreaterThan(0);
      expect(facts(cache.db)).toEqual(expectedFacts);
      cache.db.exec(REBUILD_FACTS_SQL);
      expect(facts(cache.db)).toEqual(expectedFacts);
      expect(cache.db.pragma('integrity_check', { simple: true })).toBe('ok');
    } finally {
      cache.close();
    }
  });

  it('starts over for another hub or another role, and goes straight to the swap once built', () => {
    const file = path.join(tempDir(), BULK_FILE_NAME);
    let writer = BulkWriter.open(file, {}, TARGET);
    writeAll(writer, OPERATIONS.slice(0, 500));
    writer.close();
    for (const other of [
      { ...TARGET, hubUrl: 'http://other.test' },
      { ...TARGET, role: 'administrator' as const },
    ]) {
      writer = BulkWriter.open(file, {}, other);
      expect(writer.operations().done).toBe(0);
      expect(writer.next()).toEqual({ entity: 'setting', after: null });
      writer.close();
    }
    writer = BulkWriter.open(file, {}, TARGET); // the file is the administrator's now: the coordinator starts over too
    writeAll(writer, OPERATIONS);
    writer.build(UNTIL);
    writer.close();
    writer = BulkWriter.open(file, {}, { ...TARGET, seq: TARGET.seq + 50 });
    expect(writer.state.phase).toBe('built');
    expect(writer.state.seq).toBe(TARGET.seq); // the cursor of the run that paged the records
    expect(writer.next()).toBeNull();
    writer.close();
  });
});
