// Runs in: Node. For each record with pending local mutations, the latest state the hub confirmed (null: the
// hub does not have it — a create still pending). The visible row shows the pending mutations on top.
import type { Database } from 'better-sqlite3';
import type { SharedRecord } from '../../shared/records/registry.ts';
import { StatementCache } from '../cache/statements.ts';

export class ConfirmedRepository {
  private readonly statements: StatementCache;
  constructor(db: Database) {
    this.statements = new StatementCache(db);
  }

  /** undefined: nothing kept (the record has no pending mutations); null: the hub does not have the record. */
  get(entity: string, recordId: string): SharedRecord | null | undefined {
    const row = this.statements.get('SELECT data FROM confirmed WHERE entity = ? AND record_id = ?').get(entity, recordId) as
      { data: string | null } | undefined;
    if (!row) return undefined;
    return row.data === null ? null : (JSON.parse(row.data) as SharedRecord);
  }

  set(entity: string, recordId: string, record: SharedRecord | null): void {
    this.statements
      .get('INSERT OR REPLACE INTO confirmed (entity, record_id, data) VALUES (?, ?, ?)')
      .run(entity, recordId, record === null ? null : JSON.stringify(record));
  }

  remove(entity: string, recordId: string): void {
    this.statements.get('DELETE FROM confirmed WHERE entity = ? AND record_id = ?').run(entity, recordId);
  }
}
