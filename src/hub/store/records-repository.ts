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

  /** A record's version and its stored JSON text, unparsed (the audit check hashes it). */
  stored(entity: RecordEntity, id: string): { version: number; json: string } | null {
    const row = this.statements.get('SELECT version, data AS json FROM records WHERE entity = ? AND id = ?').get(entity, id);
    return (row as { version: number; json: string } | undefined) ?? null;
  }

  /** Every record of a kind, in id order (the hub's in-memory unit book at start). */
  all<E extends RecordEntity>(entity: E): RecordOf<E>[] {
    const rows = this.statements.get('SELECT data FROM records WHERE entity = ? ORDER BY id').pluck().all(entity) as string[];
    return rows.map((data) => JSON.parse(data) as RecordOf<E>);
  }

  /** Every record of a kind in id order, one at a time (the audit check walks a few hundred thousand). */
  *each<E extends RecordEntity>(entity: E): Generator<RecordOf<E>> {
    for (const data of this.statements.get('SELECT data FROM records WHERE entity = ? ORDER BY id').pluck().iterate(entity)) {
      yield JSON.parse(data as string) as RecordOf<E>;
    }
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

  /** The last record of `entity` whose id is between `from` and `to` (exclusive), in id order: a chain's head. */
  lastBetween<E extends RecordEntity>(entity: E, from: string, to: string): RecordOf<E> | null {
    const data = this.statements
      .get('SELECT data FROM records WHERE entity = ? AND id > ? AND id < ? ORDER BY id DESC LIMIT 1')
      .pluck()
      .get(entity, from, to) as string | undefined;
    return data ? (JSON.parse(data) as RecordOf<E>) : null;
  }
}
