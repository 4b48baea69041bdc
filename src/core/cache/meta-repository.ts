// Runs in: Node. Facts about the cache file itself (e.g. that the demo set was already seeded once, so a
// user who empties the table is not surprised by demo data coming back).
import type { Database } from 'better-sqlite3';
import { StatementCache } from './statements.ts';

export class MetaRepository {
  private readonly statements: StatementCache;
  constructor(db: Database) {
    this.statements = new StatementCache(db);
  }

  get(key: string): string | undefined {
    return (this.statements.get('SELECT value FROM cache_meta WHERE key = ?').pluck().get(key) as string | undefined) ?? undefined;
  }

  set(key: string, value: string): void {
    this.statements.get('INSERT OR REPLACE INTO cache_meta (key, value) VALUES (?, ?)').run(key, value);
  }
}
