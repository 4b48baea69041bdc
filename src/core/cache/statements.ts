// Runs in: Node. Prepared statements, prepared once per SQL text. Repositories never run unprepared SQL.
// Bounded: the grid's SQL text varies with the filter's shape (how many barrios, text fragments…).
import type { Database, Statement } from 'better-sqlite3';
import { BoundedCache } from './bounded-cache.ts';

export class StatementCache {
  private readonly statements = new BoundedCache<string, Statement>(256);
  constructor(readonly db: Database) {}

  get(sql: string): Statement {
    return this.statements.getOrCreate(sql, () => this.db.prepare(sql));
  }
}
