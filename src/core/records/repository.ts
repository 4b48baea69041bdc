// Runs in: Node. The console's copy of the generic shared records (people, resources, court cases): one table,
// keyed by entity and id; the hub's newest version wins.
import type { Database } from 'better-sqlite3';
import type { GenericEntity, GenericRecord } from '../../shared/records/entities.ts';
import { StatementCache } from '../cache/statements.ts';

export class RecordsRepository {
  private readonly statements: StatementCache;
  constructor(db: Database) {
    this.statements = new StatementCache(db);
  }

  get<E extends GenericEntity>(entity: E, id: string): GenericRecord<E> | null {
    const data = this.statements.get('SELECT data FROM records WHERE entity = ? AND id = ?').pluck().get(entity, id) as string | undefined;
    return data ? (JSON.parse(data) as GenericRecord<E>) : null;
  }

  list<E extends GenericEntity>(entity: E): GenericRecord<E>[] {
    const rows = this.statements.get('SELECT data FROM records WHERE entity = ? ORDER BY id').pluck().all(entity) as string[];
    return rows.map((data) => JSON.parse(data) as GenericRecord<E>);
  }

  /** Writes a record as it is (the write path's own versions, which may go back on a rollback). */
  put(entity: GenericEntity, record: GenericRecord): void {
    this.statements
      .get('INSERT OR REPLACE INTO records (entity, id, version, data) VALUES (?, ?, ?, ?)')
      .run(entity, record.id, record.version, JSON.stringify(record));
  }

  /** Records from the hub: each only over an older version. */
  putNewer(entity: GenericEntity, records: Iterable<GenericRecord>): void {
    const upsert = this.statements.get(`INSERT INTO records (entity, id, version, data) VALUES (?, ?, ?, ?)
      ON CONFLICT (entity, id) DO UPDATE SET version = excluded.version, data = excluded.data
      WHERE excluded.version > records.version`);
    for (const record of records) upsert.run(entity, record.id, record.version, JSON.stringify(record));
  }

  remove(entity: GenericEntity, id: string): void {
    this.statements.get('DELETE FROM records WHERE entity = ? AND id = ?').run(entity, id);
  }

  /** Following another hub: its records replace these. */
  clear(): void {
    this.statements.get('DELETE FROM records').run();
  }
}
