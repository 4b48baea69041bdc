// Runs in: Node. Key → JSON value store for user preferences. Values were validated by the contract.
import type { Database } from 'better-sqlite3';
import { StatementCache } from '../cache/statements.ts';

export class PrefsRepository {
  private readonly statements: StatementCache;
  constructor(db: Database) {
    this.statements = new StatementCache(db);
  }

  get(key: string): unknown {
    const row = this.statements.get('SELECT value FROM prefs WHERE key = ?').get(key) as { value: string } | undefined;
    return row ? (JSON.parse(row.value) as unknown) : null;
  }

  set(key: string, value: unknown, now: number = Date.now()): void {
    this.statements
      .get(
        'INSERT INTO prefs (key, value, updated_at) VALUES (?, ?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at',
      )
      .run(key, JSON.stringify(value), now);
  }
}
