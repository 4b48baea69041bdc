// Runs in: Node. SqlDb over a better-sqlite3 connection: every SQL text prepared once (StatementCache).
import type { Database, Statement } from 'better-sqlite3';
import { StatementCache } from '../../../core/cache/statements.ts';
import type { SqlDb } from './sql-db.ts';

export function sqliteDb(db: Database): SqlDb {
  const statements = new StatementCache(db);
  // A cached statement is shared by every caller of its SQL: set the row shape on each use.
  const rows = (sql: string): Statement => statements.get(sql).pluck(false);
  const firstColumn = (sql: string): Statement => statements.get(sql).pluck(true);
  return {
    dialect: 'sqlite',
    get: (sql, ...params) => rows(sql).get(...params) as never,
    all: (sql, ...params) => rows(sql).all(...params) as never,
    value: (sql, ...params) => firstColumn(sql).get(...params) as never,
    column: (sql, ...params) => firstColumn(sql).all(...params) as never,
    run: (sql, ...params) => statements.get(sql).run(...params).changes,
    exec: (sql) => void db.exec(sql),
    transaction: (fn) => db.transaction(fn).immediate(),
    close: () => db.close(),
  };
}
