// Runs in: Node. The hub's shared records — every kind of the registry (src/shared/records/registry.ts) — in one
// table keyed by entity and id, stored as the JSON the protocol carries: the hub never queries inside them
// (consoles keep their own indexed copies). Versions are decided by the caller (the change log's writer).
import type { RecordEntity, RecordOf } from '../../shared/records/registry.ts';
import type { SqlDb } from './sql/sql-db.ts';

/** How many records each() reads at a time. */
const EACH_PAGE = 1_000;

export class RecordsRepository {
  constructor(private readonly db: SqlDb) {}

  count(entity: RecordEntity): number {
    return this.db.value<number>('SELECT COUNT(*) FROM records WHERE entity = ?', entity)!;
  }

  get<E extends RecordEntity>(entity: E, id: string): RecordOf<E> | null {
    const data = this.db.value<string>('SELECT data FROM records WHERE entity = ? AND id = ?', entity, id);
    return data ? (JSON.parse(data) as RecordOf<E>) : null;
  }

  /** A record's version and its stored JSON text, unparsed (the audit check hashes it). */
  stored(entity: RecordEntity, id: string): { version: number; json: string } | null {
    return (
      this.db.get<{ version: number; json: string }>('SELECT version, data AS json FROM records WHERE entity = ? AND id = ?', entity, id) ??
      null
    );
  }

  /** Every record of a kind, in id order (the hub's in-memory unit book at start). */
  all<E extends RecordEntity>(entity: E): RecordOf<E>[] {
    return this.db
      .column<string>('SELECT data FROM records WHERE entity = ? ORDER BY id', entity)
      .map((data) => JSON.parse(data) as RecordOf<E>);
  }

  /** The records of a kind saved at or after `since` (ms), in id order: a scan of that kind only. */
  changedSince<E extends RecordEntity>(entity: E, since: number): RecordOf<E>[] {
    return this.db
      .column<string>('SELECT data FROM records WHERE entity = ? AND updated_at >= ? ORDER BY id', entity, since)
      .map((data) => JSON.parse(data) as RecordOf<E>);
  }

  /** Every record of a kind in id order, a page at a time (the audit check walks a few hundred thousand). */
  *each<E extends RecordEntity>(entity: E): Generator<RecordOf<E>> {
    for (let after: string | null = null, more = true; more;) {
      const page: { records: RecordOf<E>[]; hasMore: boolean } = this.page(entity, after, EACH_PAGE);
      yield* page.records;
      [after, more] = [page.records.at(-1)?.id ?? null, page.hasMore];
    }
  }

  save<E extends RecordEntity>(entity: E, record: RecordOf<E>, now: number): void {
    this.db.run(
      `INSERT INTO records (entity, id, version, data, updated_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (entity, id) DO UPDATE SET version = excluded.version, data = excluded.data, updated_at = excluded.updated_at`,
      entity,
      record.id,
      record.version,
      JSON.stringify(record),
      now,
    );
  }

  /** Records of `entity` with an id after `after` (null: from the first), in id order; at most `limit`. */
  page<E extends RecordEntity>(entity: E, after: string | null, limit: number): { records: RecordOf<E>[]; hasMore: boolean } {
    const rows = this.db.column<string>(
      'SELECT data FROM records WHERE entity = ? AND id > ? ORDER BY id LIMIT ?',
      entity,
      after ?? '',
      limit + 1,
    );
    return { records: rows.slice(0, limit).map((data) => JSON.parse(data) as RecordOf<E>), hasMore: rows.length > limit };
  }

  /** The last record of `entity` whose id is between `from` and `to` (exclusive), in id order: a chain's head. */
  lastBetween<E extends RecordEntity>(entity: E, from: string, to: string): RecordOf<E> | null {
    const data = this.db.value<string>(
      'SELECT data FROM records WHERE entity = ? AND id > ? AND id < ? ORDER BY id DESC LIMIT 1',
      entity,
      from,
      to,
    );
    return data ? (JSON.parse(data) as RecordOf<E>) : null;
  }
}
