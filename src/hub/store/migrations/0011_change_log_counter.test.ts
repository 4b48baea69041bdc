// Hub migration 11: the change log's counter starts where the log is — after the last seq ever given (a version 10
// store's AUTOINCREMENT never gives a seq twice, even one whose row is gone), or at 0 in a store without changes.
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../core/cache/migrate.ts';
import { tempDir } from '../../../core/test-support/temp-dir.ts';
import { HUB_STORE_FILE, openHubStore } from '../hub-store.ts';
import { HUB_MIGRATIONS } from './index.ts';

const UNIT = { id: 'movil-01', callSign: 'Móvil 01', kind: 'vehicle', crew: [], status: 'available', version: 1 };

function storeAtVersion10(changes: number, deleteLast: boolean): string {
  const dir = tempDir();
  const db = new Database(path.join(dir, HUB_STORE_FILE));
  migrate(db, 10, HUB_MIGRATIONS);
  const append = db.prepare("INSERT INTO changes (at, entity, id, data) VALUES (?, 'unit', 'movil-01', ?)");
  for (let i = 1; i <= changes; i++) append.run(i, JSON.stringify({ ...UNIT, version: i }));
  if (deleteLast) db.prepare('DELETE FROM changes WHERE seq = (SELECT max(seq) FROM changes)').run();
  db.close();
  return dir;
}

describe('hub migration 11: the change log counter', () => {
  it.each([
    ['a store without changes', 0, false, 0],
    ['a store with three changes', 3, false, 3],
    ['a store whose last change row is gone', 3, true, 3],
  ])('%s: the next seq follows the last one given', (_, changes, deleteLast, last) => {
    const store = openHubStore(storeAtVersion10(changes, deleteLast));
    expect(store.changes.lastSeq()).toBe(last);
    const next = store.transaction(() =>
      store.changes.append({ at: 9, entity: 'unit', id: 'movil-01', data: { ...UNIT, version: 9 } as never }),
    );
    expect(next.seq).toBe(last + 1);
    store.close();
  });
});
