import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { schemaVersion } from '../../core/cache/migrate.ts';
import { CacheUnavailableError } from '../../core/cache/open.ts';
import { tempDir } from '../../core/test-support/temp-dir.ts';
import type { Unit } from '../../shared/live/units.ts';
import { unitAt } from '../../shared/records/test-support/dispatch.ts';
import { HUB_MIGRATIONS } from './migrations/index.ts';
import { HUB_STORE_FILE, openHubStore } from './hub-store.ts';

const unit = (id: string, version = 1): Unit => unitAt(id, { callSign: id, kind: 'foot', crew: ['Ana Paz'], version });

describe('hub store', () => {
  it('creates every table in a new file, at the latest schema version', () => {
    const store = openHubStore(tempDir());
    const rows = store.db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").all() as { name: string }[];
    const tables = rows.map((t) => t.name);
    expect(tables).toEqual(expect.arrayContaining(['changes', 'devices', 'sessions', 'records', 'unit_positions', 'unit_tracks', 'users']));
    expect(schemaVersion(store.db)).toBe(HUB_MIGRATIONS.length);
    store.close();
  });

  it('keeps its data across reopening', () => {
    const dir = tempDir();
    const store = openHubStore(dir);
    store.transaction(() => store.records.save('unit', unit('pie-01'), 1));
    store.close();
    const again = openHubStore(dir);
    expect(again.records.all('unit')).toEqual([unit('pie-01')]);
    again.close();
  });

  it('leaves a file from a newer hub untouched', () => {
    const dir = tempDir();
    const store = openHubStore(dir);
    store.db.prepare("INSERT INTO schema_migrations (version, name, applied_at) VALUES (99, 'future', 0)").run();
    store.close();
    const before = fs.readFileSync(path.join(dir, HUB_STORE_FILE));
    expect(() => openHubStore(dir)).toThrow(expect.objectContaining({ reason: 'too_new' }) as CacheUnavailableError);
    expect(fs.readFileSync(path.join(dir, HUB_STORE_FILE))).toEqual(before);
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
    const store = openHubStore(tempDir());
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
