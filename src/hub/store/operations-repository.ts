// Runs in: Node. The hub's operations: the shared records coordinators plan. Stored as the JSON the protocol
// carries (the hub never queries inside them; consoles keep their own indexed copy).
import type { StatementCache } from '../../core/cache/statements.ts';
import type { Operation } from '../../shared/operations/types.ts';

export class OperationsRepository {
  constructor(private readonly statements: StatementCache) {}

  count(): number {
    return (this.statements.get('SELECT COUNT(*) AS n FROM operations').get() as { n: number }).n;
  }

  get(id: string): Operation | null {
    const row = this.statements.get('SELECT data FROM operations WHERE id = ?').get(id) as { data: string } | undefined;
    return row ? (JSON.parse(row.data) as Operation) : null;
  }

  save(operation: Operation, now: number): void {
    this.statements
      .get(
        `INSERT INTO operations (id, version, data, updated_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (id) DO UPDATE SET version = excluded.version, data = excluded.data, updated_at = excluded.updated_at`,
      )
      .run(operation.id, operation.version, JSON.stringify(operation), now);
  }

  /** Operations with an id after `after` (null: from the first), in id order; at most `limit`. */
  page(after: string | null, limit: number): { records: Operation[]; hasMore: boolean } {
    const rows = this.statements.get('SELECT data FROM operations WHERE id > ? ORDER BY id LIMIT ?').all(after ?? '', limit + 1) as {
      data: string;
    }[];
    return { records: rows.slice(0, limit).map((row) => JSON.parse(row.data) as Operation), hasMore: rows.length > limit };
  }
}
