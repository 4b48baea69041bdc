// Runs in: Node. Fills the cache with deterministic demo operations.
//
// Bulk path (large seeds): one transaction that drops the table's secondary indexes and triggers, inserts,
// recreates them from their own stored SQL and rebuilds the address search index — building an index once
// from all the data is much cheaper than updating ten of them per row. Being one transaction, a crash leaves
// the cache exactly as it was.
import type { Database } from 'better-sqlite3';
import { generateOperations, type GenerateOptions } from '../../shared/demo/generate-operations.ts';
import type { OperationsRepository } from '../operations/repository.ts';

const BULK_THRESHOLD = 50_000;
const BATCH = 10_000;

interface Derived {
  type: 'index' | 'trigger';
  name: string;
  sql: string;
}

/** Indexes and triggers of the operations table (not the UNIQUE/PRIMARY KEY ones, which have no SQL). */
function derivedStructures(db: Database): Derived[] {
  return db
    .prepare("SELECT type, name, sql FROM sqlite_schema WHERE type IN ('index', 'trigger') AND tbl_name = 'operations' AND sql IS NOT NULL")
    .all() as Derived[];
}

function* batches<T>(items: Iterable<T>, size: number): Generator<T[]> {
  let batch: T[] = [];
  for (const item of items) {
    batch.push(item);
    if (batch.length === size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length) yield batch;
}

export function seedOperations(db: Database, repo: OperationsRepository, options: GenerateOptions): number {
  const rows = generateOperations(options);
  if (options.count < BULK_THRESHOLD) return repo.insertMany(rows);
  let inserted = 0;
  db.pragma('threads = 2'); // lets SQLite sort for CREATE INDEX on a helper thread
  db.pragma('temp_store = MEMORY'); // index sorts stay off the disk
  db.transaction(() => {
    const derived = derivedStructures(db);
    for (const d of derived) db.exec(`DROP ${d.type.toUpperCase()} "${d.name}"`);
    for (const batch of batches(rows, BATCH)) inserted += repo.insertMany(batch);
    for (const d of derived) db.exec(d.sql);
    db.exec("INSERT INTO operations_address_fts (operations_address_fts) VALUES ('rebuild')");
  })();
  db.pragma('wal_checkpoint(TRUNCATE)');
  // Statistics for the planner, from a sample: a full ANALYZE of a million rows costs seconds.
  db.pragma('analysis_limit = 1000');
  db.exec('ANALYZE');
  return inserted;
}
