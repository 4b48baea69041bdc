// Runs in: Node. The change log: append with the next seq; read in seq order, filtered to what a role may see.
//
// The next seq comes from a one-row counter (change_log_seq) updated in the appender's transaction. Its row lock is
// held until that transaction ends, so on PostgreSQL a second hub process appending waits for the first to commit
// or roll back: seqs are committed in order and a rolled-back one is taken again — a console that has seq n never
// later finds a smaller one appear, nor a gap that stays.
import type { Change } from '../../shared/hub-protocol/changes.ts';
import type { RecordEntity } from '../../shared/records/registry.ts';
import { inJsonArray } from './sql/dialect.ts';
import type { SqlDb } from './sql/sql-db.ts';

interface ChangeRow {
  seq: number;
  at: number;
  entity: RecordEntity;
  id: string;
  data: string;
  origin: string | null;
}

export interface ChangesPage {
  readonly changes: Change[];
  readonly hasMore: boolean;
}

export class ChangesRepository {
  constructor(private readonly db: SqlDb) {}

  lastSeq(): number {
    return this.db.value<number>('SELECT last FROM change_log_seq') ?? 0;
  }

  /** Appends with the next seq; the caller's transaction. */
  append<C extends Change>(change: Omit<C, 'seq'>): C {
    const origin = change.origin ? JSON.stringify(change.origin) : null;
    const seq = this.db.value<number>('UPDATE change_log_seq SET last = last + 1 RETURNING last')!;
    this.db.run(
      'INSERT INTO changes (seq, at, entity, id, data, origin) VALUES (?, ?, ?, ?, ?, ?)',
      seq,
      change.at,
      change.entity,
      change.id,
      JSON.stringify(change.data),
      origin,
    );
    return { seq, ...change } as C;
  }

  /** Changes after `since`, oldest first, of the given entities only; at most `limit` of them. */
  since(since: number, entities: readonly RecordEntity[], limit: number): ChangesPage {
    if (entities.length === 0) return { changes: [], hasMore: false };
    const rows = this.db.all<ChangeRow>(
      `SELECT seq, at, entity, id, data, origin FROM changes
       WHERE seq > ? AND entity IN ${inJsonArray(this.db.dialect)}
       ORDER BY seq LIMIT ?`,
      since,
      JSON.stringify(entities),
      limit + 1,
    );
    const page = rows
      .slice(0, limit)
      .map(
        ({ origin, data, ...row }) =>
          ({ ...row, data: JSON.parse(data) as unknown, ...(origin ? { origin: JSON.parse(origin) as unknown } : {}) }) as Change,
      );
    return { changes: page, hasMore: rows.length > limit };
  }
}
