// Every table of a fully migrated cache is classified (hub / derived / local) for the first sync's bulk load, and
// nothing classified is missing: a migration adding a table fails here until someone decides what a swap does with it.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../test-support/temp-dir.ts';
import { CACHE_TABLES } from './cache-tables.ts';
import { openCache } from './open.ts';

describe('CACHE_TABLES', () => {
  it('classifies exactly the tables of a migrated cache', () => {
    const db = openCache(path.join(tempDir(), 'cache.sqlite3'));
    const tables = db
      .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
      .pluck()
      .all() as string[];
    db.close();
    expect(tables).toEqual(Object.keys(CACHE_TABLES).sort());
  });
});
