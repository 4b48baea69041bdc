// Runs in: Node. The console's copy of the record kinds kept in the generic table (those whose kind says
// `cache: 'records'`: people, resources, court cases, settings…), keyed by entity and id; the hub's newest
// version wins. Stored as canonical JSON (sorted keys), so the audit check hashes a court record's stored text
// as it is (src/core/audit/verify-chains.ts).
import type { Database } from 'better-sqlite3';
import type { GenericCacheEntity, RecordOf } from '../../shared/records/registry.ts';
import { canonicalJson } from '../../shared/text/canonical-json.ts';
import { StatementCache } from '../cache/statements.ts';
import { KEEP_LOCAL_CHANGES } from './keep-local-changes.ts';

export class RecordsRepository {
  private readonly statements: StatementCache;
  constructor(db: Database) {
    this.statements = new StatementCache(db);
  }

  get<E extends GenericCacheEntity>(entity: E, id: string): RecordOf<E> | null {
    const data = this.statements.get('SELECT data FROM records WHERE entity = ? AND id = ?').pluck().get(entity, id) as string | undefined;
    return data ? (JSON.parse(data) as RecordOf<E>) : null;
  }

  list<E extends GenericCacheEntity>(entity: E): RecordOf<E>[] {
    const rows = this.statements.get('SELECT data FROM records WHERE entity = ? ORDER BY id').pluck().all(entity) as string[];
    return rows.map((data) => JSON.parse(data) as RecordOf<E>);
  }

  /** A record's version and its stored text (canonical JSON), unparsed. */
  stored(entity: GenericCacheEntity, id: string): { version: number; json: string } | null {
    const row = this.statements.get('SELECT version, data AS json FROM records WHERE entity = ? AND id = ?').get(entity, id);
    return (row as { version: number; json: string } | undefined) ?? null;
  }

  /** Writes a record as it is (the write path's own versions, which may go back on a rollback). */
  put<E extends GenericCacheEntity>(entity: E, record: RecordOf<E>): void {
    this.statements
      .get('INSERT OR REPLACE INTO records (entity, id, version, data) VALUES (?, ?, ?, ?)')
      .run(entity, record.id, record.version, canonicalJson(record));
  }

  /** Records from the hub: each only over an older version. */
  putNewer<E extends GenericCacheEntity>(entity: E, records: Iterable<RecordOf<E>>): void {
    const upsert = this.statements.get(`INSERT INTO records (entity, id, version, data) VALUES (?, ?, ?, ?)
      ON CONFLICT (entity, id) DO UPDATE SET version = excluded.version, data = excluded.data
      WHERE excluded.version > records.version`);
    for (const record of records) upsert.run(entity, record.id, record.version, canonicalJson(record));
  }

  remove(entity: GenericCacheEntity, id: string): void {
    this.statements.get('DELETE FROM records WHERE entity = ? AND id = ?').run(entity, id);
  }

  /** Following another hub: its records replace these, except those with local changes or conflicts. */
  resetForHub(entity: GenericCacheEntity): void {
    this.statements.get(`DELETE FROM records WHERE entity = @entity AND ${KEEP_LOCAL_CHANGES}`).run({ entity });
  }
}
