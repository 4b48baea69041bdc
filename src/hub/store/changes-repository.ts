// Runs in: Node. The change log: append with the next seq; read in seq order, filtered to what a role may see.
import type { Change } from '../../shared/hub-protocol/changes.ts';
import type { RecordEntity } from '../../shared/records/registry.ts';
import type { StatementCache } from '../../core/cache/statements.ts';

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
  constructor(private readonly statements: StatementCache) {}

  lastSeq(): number {
    const row = this.statements.get("SELECT seq FROM sqlite_sequence WHERE name = 'changes'").get() as { seq: number } | undefined;
    return row?.seq ?? 0;
  }

  append<C extends Change>(change: Omit<C, 'seq'>): C {
    const origin = change.origin ? JSON.stringify(change.origin) : null;
    const { seq } = this.statements
      .get('INSERT INTO changes (at, entity, id, data, origin) VALUES (?, ?, ?, ?, ?) RETURNING seq')
      .get(change.at, change.entity, change.id, JSON.stringify(change.data), origin) as { seq: number };
    return { seq, ...change } as C;
  }

  /** Changes after `since`, oldest first, of the given entities only; at most `limit` of them. */
  since(since: number, entities: readonly RecordEntity[], limit: number): ChangesPage {
    if (entities.length === 0) return { changes: [], hasMore: false };
    const rows = this.statements
      .get(
        `SELECT seq, at, entity, id, data, origin FROM changes
         WHERE seq > ? AND entity IN (SELECT value FROM json_each(?))
         ORDER BY seq LIMIT ?`,
      )
      .all(since, JSON.stringify(entities), limit + 1) as ChangeRow[];
    const page = rows
      .slice(0, limit)
      .map(
        ({ origin, data, ...row }) =>
          ({ ...row, data: JSON.parse(data) as unknown, ...(origin ? { origin: JSON.parse(origin) as unknown } : {}) }) as Change,
      );
    return { changes: page, hasMore: rows.length > limit };
  }
}
