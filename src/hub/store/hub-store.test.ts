import { describe, expect, it } from 'vitest';
import { tempDir } from '../../core/test-support/temp-dir.ts';
import type { Unit } from '../../shared/live/units.ts';
import { unitAt } from '../../shared/records/test-support/dispatch.ts';
import { openRawTestDb, openTestStore, TEST_STORE } from '../test-support/test-store.ts';
import { HUB_MIGRATIONS } from './migrations/index.ts';
import { HUB_POSTGRES_MIGRATIONS } from './migrations-postgres/index.ts';

const unit = (id: string, version = 1): Unit => unitAt(id, { callSign: id, kind: 'foot', crew: ['Ana Paz'], version });

const TABLES = {
  sqlite: "SELECT name FROM sqlite_schema WHERE type = 'table'",
  postgres: "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'",
};
const LATEST = { sqlite: HUB_MIGRATIONS.length, postgres: HUB_POSTGRES_MIGRATIONS.length };

describe(`hub store (${TEST_STORE})`, () => {
  it('creates every table in a new store, at the latest schema version', () => {
    const store = openTestStore(tempDir());
    const tables = store.db.column<string>(TABLES[TEST_STORE]);
    const expected = ['changes', 'change_log_seq', 'devices', 'sessions', 'records', 'unit_positions', 'unit_tracks', 'users', 'admin_log'];
    expect(tables).toEqual(expect.arrayContaining(expected));
    expect(store.db.value('SELECT MAX(version) FROM schema_migrations')).toBe(LATEST[TEST_STORE]);
    store.close();
  });

  it('keeps its data across reopening', () => {
    const dir = tempDir();
    const store = openTestStore(dir);
    store.transaction(() => store.records.save('unit', unit('pie-01'), 1));
    store.close();
    const again = openTestStore(dir);
    expect(again.records.all('unit')).toEqual([unit('pie-01')]);
    again.close();
  });

  it('leaves a store of a newer hub untouched', () => {
    const dir = tempDir();
    const store = openTestStore(dir);
    store.transaction(() => store.records.save('unit', unit('pie-01'), 1));
    store.db.run("INSERT INTO schema_migrations (version, name, applied_at) VALUES (99, 'future', 0)");
    store.close();
    expect(() => openTestStore(dir)).toThrow(expect.objectContaining({ reason: 'too_new' }));
    const raw = openRawTestDb(dir);
    expect(raw.column('SELECT version FROM schema_migrations ORDER BY version')).toEqual([
      ...Array.from({ length: LATEST[TEST_STORE] }, (_, i) => i + 1),
      99,
    ]);
    expect(raw.column('SELECT id FROM records')).toEqual(['pie-01']);
    raw.close();
  });

  it('numbers the change log from a counter that a rolled-back append gives back', () => {
    const store = openTestStore(tempDir());
    const append = (v: number) => store.changes.append({ at: v, entity: 'unit', id: 'pie-01', data: unit('pie-01', v) });
    store.transaction(() => append(1));
    expect(() =>
      store.transaction(() => {
        append(2);
        throw new Error('refused half-way');
      }),
    ).toThrow('refused half-way');
    expect(store.changes.lastSeq()).toBe(1);
    expect(store.transaction(() => append(3)).seq).toBe(2);
    expect(store.changes.since(0, ['unit'], 10).changes.map((c) => [c.seq, c.at])).toEqual([
      [1, 1],
      [2, 3],
    ]);
    store.close();
  });

  it.each<[string, number, number, [number, boolean][]]>([
    [
      'a page smaller than what remains',
      0,
      2,
      [
        [2, true],
        [2, false],
      ],
    ],
    ['a page exactly what remains', 0, 4, [[4, false]]],
    ['a page larger than what remains', 1, 10, [[3, false]]],
    ['nothing left', 4, 10, [[0, false]]],
  ])('pages the change log: %s', (_, since, limit, expected) => {
    const store = openTestStore(tempDir());
    store.transaction(() => {
      for (let v = 1; v <= 4; v++) store.changes.append({ at: v, entity: 'unit', id: 'pie-01', data: unit('pie-01', v) });
    });
    const pages: [number, boolean][] = [];
    for (let cursor = since, more = true; more;) {
      const page = store.changes.since(cursor, ['unit'], limit);
      pages.push([page.changes.length, page.hasMore]);
      cursor = page.changes.at(-1)?.seq ?? cursor;
      more = page.hasMore;
    }
    expect(pages).toEqual(expected);
    expect(store.changes.since(0, [], 10)).toEqual({ changes: [], hasMore: false }); // a role that reads no units
    store.close();
  });
});
