// Runs in: Node. The hub's generic shared records (people, resources, court cases), by entity and id.
import type { StatementCache } from '../../core/cache/statements.ts';
import type { GenericEntity, GenericRecord } from '../../shared/records/entities.ts';

export class RecordsRepository {
  constructor(private readonly statements: StatementCache) {}

  count(entity: GenericEntity): number {
    return this.statements.get('SELECT COUNT(*) FROM records WHERE entity = ?').pluck().get(entity) as number;
  }

  get<E extends GenericEntity>(entity: E, id: string): GenericRecord<E> | null {
    const data = this.statements.get('SELECT data FROM records WHERE entity = ? AND id = ?').pluck().get(entity, id) as string | undefined;
    return data ? (JSON.parse(data) as GenericRecord<E>) : null;
  }

  save(entity: GenericEntity, record: GenericRecord, now: number): void {
    this.statements
      .get(
        `INSERT INTO records (entity, id, version, data, updated_at) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (entity, id) DO UPDATE SET version = excluded.version, data = excluded.data, updated_at = excluded.updated_at`,
      )
      .run(entity, record.id, record.version, JSON.stringify(record), now);
  }

  /** Records of `entity` with an id after `after` (null: from the first), in id order; at most `limit`. */
  page(entity: GenericEntity, after: string | null, limit: number): { records: GenericRecord[]; hasMore: boolean } {
    const rows = this.statements
      .get('SELECT data FROM records WHERE entity = ? AND id > ? ORDER BY id LIMIT ?')
      .pluck()
      .all(entity, after ?? '', limit + 1) as string[];
    return { records: rows.slice(0, limit).map((data) => JSON.parse(data) as GenericRecord), hasMore: rows.length > limit };
  }
}
