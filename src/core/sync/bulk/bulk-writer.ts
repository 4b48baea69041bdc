// Runs in: Node — the bulk load's worker thread (bulk-worker.ts), never the core's: it writes a first sync into a new
// cache file (BULK_FILE_NAME, beside the cache, fully migrated by the cache's own open), page by page, each page
// committed with the state that covers it (bulk-state.ts). The hub-data tables' indexes and triggers are dropped
// at the start and built once at the end (operations/bulk-build.ts); the file is then complete — cursor, synced
// role, planner statistics, WAL folded in — and waits for the core to put it in place of the cache (swap-in.ts).
import fs from 'node:fs';
import type { RecordEntity, SharedRecord } from '../../../shared/records/registry.ts';
import type { Operation } from '../../../shared/operations/types.ts';
import { createCache, type Cache } from '../../cache/cache.ts';
import { tablesFrom } from '../../cache/cache-tables.ts';
import type { OpenOptions } from '../../cache/open.ts';
import { buildDerived, dropDerived } from '../../operations/bulk-build.ts';
import { recordStore } from '../../records/record-store.ts';
import { settingsOf } from '../../settings/settings-source.ts';
import { SYNCED_ROLE } from '../synced-role.ts';
import { afterPage, BULK_STATE_KEY, nextPage, resumable, type BulkState, type BulkTarget } from './bulk-state.ts';

export const BULK_FILE_NAME = 'bulk-load.sqlite3';

/** Removes a bulk file and its WAL companions (never the cache's own file: only ever called with a bulk file). */
export function removeBulkFile(file: string): void {
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(file + suffix, { force: true });
}

function stateOf(cache: Cache): BulkState | null {
  const text = cache.meta.get(BULK_STATE_KEY);
  return text ? (JSON.parse(text) as BulkState) : null;
}

/** The file of an earlier run for the same target, if it can go on; null: there is none, or it cannot. */
function reopen(file: string, options: OpenOptions, target: BulkTarget): BulkWriter | null {
  if (!fs.existsSync(file)) return null;
  let cache: Cache;
  try {
    cache = createCache(file, options);
  } catch {
    return null; // unreadable (say, cut short while being created): start over
  }
  const state = stateOf(cache);
  if (state && resumable(state, target)) return new BulkWriter(cache, state);
  cache.close();
  return null;
}

export class BulkWriter {
  constructor(
    private readonly cache: Cache,
    private current: BulkState,
  ) {}

  /** Resumes the load of an earlier run for the same hub, role and kinds; otherwise starts a new file. */
  static open(file: string, options: OpenOptions, target: BulkTarget): BulkWriter {
    const resumed = reopen(file, options, target);
    if (resumed) return resumed;
    removeBulkFile(file);
    const cache = createCache(file, options);
    const derived = dropDerived(cache.db, tablesFrom('hub'));
    const state: BulkState = {
      hubUrl: target.hubUrl,
      role: target.role,
      seq: target.seq,
      counts: target.counts,
      kinds: target.kinds.map((entity) => ({ entity, after: null, received: 0, complete: false })),
      derived,
      phase: 'paging',
    };
    cache.meta.set(BULK_STATE_KEY, JSON.stringify(state));
    return new BulkWriter(cache, state);
  }

  get state(): BulkState {
    return this.current;
  }

  /** Operations written so far, of the hub's count at the snapshot (0 from a hub that does not count). */
  operations(): { done: number; total: number } {
    const done = this.current.kinds.find((k) => k.entity === 'operation')?.received ?? 0;
    return { done, total: this.current.counts.operation ?? 0 };
  }

  /** The next page to ask the hub for; null once every kind is complete. */
  next(): { entity: RecordEntity; after: string | null } | null {
    return this.current.phase === 'paging' ? nextPage(this.current.kinds) : null;
  }

  /**
   * Writes one page (validated by the caller) and the state after it, in one transaction. Operations — the
   * million — are inserted outright: a resumed load asks only for ids after the last one written, so none is there
   * yet; other kinds go through their stores.
   */
  write(entity: RecordEntity, records: readonly SharedRecord[], hasMore: boolean): void {
    const state: BulkState = {
      ...this.current,
      kinds: afterPage(this.current.kinds, entity, records.length, records.at(-1)?.id ?? null, hasMore),
    };
    this.cache.db.transaction(() => {
      if (entity === 'operation') this.cache.operations.insertMany(records as Operation[]);
      else recordStore(this.cache, entity).putNewer(records as never);
      this.cache.meta.set(BULK_STATE_KEY, JSON.stringify(state));
    })();
    this.current = state;
  }

  /**
   * Builds what was dropped, sets the cursor and the synced role, gathers the planner's statistics and marks the
   * file built — one transaction: a crash half-way builds again on the next start. Then folds the WAL into the file.
   */
  build(now: number): void {
    const { db } = this.cache;
    db.pragma('threads = 2'); // lets SQLite sort for CREATE INDEX on a helper thread
    db.pragma('temp_store = MEMORY'); // index sorts stay off the disk
    db.pragma('analysis_limit = 1000'); // planner statistics from a sample: a full ANALYZE costs seconds
    const built: BulkState = { ...this.current, phase: 'built' };
    db.transaction(() => {
      buildDerived(db, this.current.derived, settingsOf(this.cache.records));
      this.cache.units.saveCursor({ hubUrl: built.hubUrl, lastSeq: built.seq, dataAsOf: now });
      this.cache.meta.set(SYNCED_ROLE, built.role);
      this.cache.meta.set(BULK_STATE_KEY, JSON.stringify(built));
      db.exec('ANALYZE');
    })();
    this.current = built;
    db.pragma('wal_checkpoint(TRUNCATE)');
  }

  close(): void {
    this.cache.close();
  }
}
