// Runs in: Node. The hub's shared records — every kind of the registry (src/shared/records/registry.ts) — in one
// table keyed by entity and id, stored as the JSON the protocol carries: the hub never queries inside them
// (consoles keep their own indexed copies). Versions are decided by the caller (the change log's writer).
import type { StatementCache } from '../../core/cache/statements.ts';
import type { RecordEntity, RecordOf } from '../../shared/records/registry.ts';

export class RecordsRepository {
  constructor(private readonly statements: StatementCache) {}

  count(entity: RecordEntity): number {
    return this.statements.get('SELECT COUNT(*) FROM records WHERE entity = ?').pluck().get(entity) as number;
  }

  get<E extends RecordEntity>(entity: E, id: string): RecordOf<E> | null {
    const data = this.statements.get('SELECT data FROM records WHERE entity = ? AND id = ?').pluck().get(entity, id) as string | undefined;
    return data ? (JSON.parse(data) as RecordOf<E>) : null;
  }

  /** Every record of a kind, in id order (the hub's in-memory unit book at start). */
  all<E extends RecordEntity>(entity: E): RecordOf<E>[] {
    const rows = this.statements.get('SELECT data FROM records WHERE entity = ? ORDER BY id').pluck().all(entity) as string[];
    return rows.map((data) => JSON.parse(data) as RecordOf<E>);
  }

  save<E extends RecordEntity>(entity: E, record: RecordOf<E>, now: number): void {
    this.statements
      .get(
        `INSERT INTO records (entity, id, version, data, updated_at) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (entity, id) DO UPDATE SET version = excluded.version, data = excluded.data, updated_at = excluded.updated_at`,
      )
      .run(entity, record.id, record.version, JSON.stringify(record), now);
  }

  /** Records of `entity` with an id after `after` (null: from the first), in id order; at most `limit`. */
  page<E extends RecordEntity>(entity: E, after: string | null, limit: number): { records: RecordOf<E>[]; hasMore: boolean } {
    const rows = this.statements
      .get('SELECT data FROM records WHERE entity = ? AND id > ? ORDER BY id LIMIT ?')
      .pluck()
      .all(entity, after ?? '', limit + 1) as string[];
    return { records: rows.slice(0, limit).map((data) => JSON.parse(data) as RecordOf<E>), hasMore: rows.length > limit };
  }
}
