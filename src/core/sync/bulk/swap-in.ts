// Runs in: Node — the console core's thread, between two calls (nothing else writes meanwhile). Puts a built bulk
// file in place of the cache:
//
//   carry what is local from the cache into the file (cache-tables.ts: 'local'), in one transaction that can be
//   repeated — a crash before the rename carries again on the next start, from the cache as it is then
//     └─► records with local changes or conflicts: this console's version wins, the hub's moves `confirmed` forward,
//         exactly as when the hub's version arrives on the stream (mutations/write-path.ts accept())
//   close the cache, rename the file over it, open it (cache-session.ts replace())
//
// A crash before the rename leaves the previous cache as it was; after it, the new one is complete.
import { RECORD_ENTITIES } from '../../../shared/records/registry.ts';
import type { Cache } from '../../cache/cache.ts';
import { createCache } from '../../cache/cache.ts';
import type { CacheSession } from '../../cache/cache-session.ts';
import { tablesFrom } from '../../cache/cache-tables.ts';
import type { OpenOptions } from '../../cache/open.ts';
import { accept } from '../../mutations/write-path.ts';
import { recordStore } from '../../records/record-store.ts';
import { SYNCED_ROLE } from '../synced-role.ts';
import { BULK_STATE_KEY } from './bulk-state.ts';

/** cache_meta keys the build sets in the new file: not carried over from the old one. */
const BUILT_KEYS = [SYNCED_ROLE, BULK_STATE_KEY];

/** The local tables' rows, their AUTOINCREMENT counters (the outbox's client seqs never repeat) and the meta. */
function carryTables(next: Cache): void {
  const local = tablesFrom('local');
  const built = JSON.stringify(BUILT_KEYS);
  for (const table of local) {
    const where = table === 'cache_meta' ? 'WHERE key NOT IN (SELECT value FROM json_each(@built))' : '';
    const params = table === 'cache_meta' ? { built } : {};
    next.db.prepare(`DELETE FROM main.${table} ${where}`).run(params);
    next.db.prepare(`INSERT INTO main.${table} SELECT * FROM old.${table} ${where}`).run(params);
  }
  const names = { local: JSON.stringify(local) };
  next.db.prepare('DELETE FROM main.sqlite_sequence WHERE name IN (SELECT value FROM json_each(@local))').run(names);
  next.db
    .prepare('INSERT INTO main.sqlite_sequence SELECT * FROM old.sqlite_sequence WHERE name IN (SELECT value FROM json_each(@local))')
    .run(names);
}

/** Records this console has pending mutations or conflicts for: its version, not the hub's, is the visible row. */
function keepLocalChanges(old: Cache, next: Cache): void {
  const ids = old.db
    .prepare('SELECT record_id FROM outbox WHERE entity = @entity UNION SELECT record_id FROM conflicts WHERE entity = @entity')
    .pluck();
  for (const entity of RECORD_ENTITIES) {
    const [mine, hubs] = [recordStore(old, entity), recordStore(next, entity)];
    for (const id of ids.all({ entity }) as string[]) {
      const [local, hub] = [mine.get(id), hubs.get(id)];
      if (local) hubs.put(local);
      else hubs.remove(id);
      if (hub) accept(next, entity, hub);
    }
  }
}

/** Copies what is local from `old` into the built file `file` (repeatable: the file's local rows are replaced). */
export function carryLocal(old: Cache, file: string, options: OpenOptions): void {
  const next = createCache(file, options);
  try {
    next.db.prepare('ATTACH DATABASE ? AS old').run(old.db.name);
    next.db.transaction(() => {
      carryTables(next);
      keepLocalChanges(old, next);
    })();
    next.db.exec('DETACH DATABASE old');
    next.db.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    next.close();
  }
}

/** Puts the built file `file` in place of the session's cache, with what was local in it. */
export function swapIn(session: CacheSession, file: string): void {
  session.use((old) => carryLocal(old, file, session.options));
  session.replace(file);
  session.use((cache) => cache.db.prepare('DELETE FROM cache_meta WHERE key = ?').run(BULK_STATE_KEY));
}
