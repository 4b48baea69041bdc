// Runs in: Node — the first sync's bulk writer (a worker thread: core/sync/bulk). A new cache file takes the hub's
// records with the indexes and triggers of the tables they go to dropped, and builds them once at the end: building
// an index from all the rows is one sort, while keeping ten indexes, the address-search trigger and the Indicadores
// fact triggers up to date row by row made 1,000,000 operations take 108–145 s. The same idea as
// OperationsRepository.bulkLoad (one transaction, dropping with dropDerived() too), spread over many transactions:
// the dropped structures' SQL is kept by the caller (in the file itself) so that a load resumed after a crash still
// knows what to build.
import type { Database } from 'better-sqlite3';
import { ensureVerdictRules } from '../insights/facts/judge.ts';
import { REBUILD_FACTS_SQL } from '../insights/facts/install.ts';
import type { SettingEntry } from '../../shared/settings/dated.ts';

export interface DerivedStructure {
  readonly type: 'index' | 'trigger';
  readonly name: string;
  readonly sql: string;
}

const quoteIdentifier = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** Drops the indexes and triggers on `tables` (not PRIMARY KEY / UNIQUE ones, which have no SQL); returns them. */
export function dropDerived(db: Database, tables: readonly string[]): DerivedStructure[] {
  const derived = db
    .prepare(
      `SELECT type, name, sql FROM sqlite_schema WHERE type IN ('index', 'trigger') AND sql IS NOT NULL
       AND tbl_name IN (SELECT value FROM json_each(?)) ORDER BY type, name`,
    )
    .all(JSON.stringify(tables)) as DerivedStructure[];
  db.transaction(() => {
    for (const d of derived) db.exec(`DROP ${d.type === 'index' ? 'INDEX' : 'TRIGGER'} ${quoteIdentifier(d.name)}`);
  })();
  return derived;
}

/**
 * Recreates what dropDerived() dropped, then does in one pass each what the dropped triggers would have done row by
 * row: the address search over every operation, the verdict rules of the hub's settings and every Indicadores fact.
 * The caller's transaction; the file's tables hold only what the load wrote (the facts start empty).
 */
export function buildDerived(db: Database, derived: readonly DerivedStructure[], settings: readonly SettingEntry[]): void {
  if (!db.inTransaction) throw new Error('buildDerived runs in the caller’s transaction');
  for (const d of derived) db.exec(d.sql);
  db.exec('INSERT INTO operations_address_fts (rowid, address_search) SELECT seq, address_search FROM operations');
  ensureVerdictRules(db, settings);
  db.exec(REBUILD_FACTS_SQL);
}
