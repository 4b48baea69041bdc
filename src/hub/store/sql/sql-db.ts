// Runs in: Node. The one interface the hub's repositories query through, whichever store holds the data: the
// embedded SQLite file (sqlite-db.ts) or a PostgreSQL server (postgres-db.ts). Synchronous on purpose — see
// docs/ARCHITECTURE.md, "The hub's stores": a mutation is decided by the same pure, synchronous domain functions the
// consoles run, reading records through their context inside the push's transaction, and libpq's synchronous API
// lets the PostgreSQL store serve that context as SQLite does.
//
// SQL is written once, portable: `?` placeholders (postgres-db.ts numbers them), quoted camelCase aliases
// ("displayName": PostgreSQL folds bare ones to lower case), ON CONFLICT … DO UPDATE/NOTHING, RETURNING. Where the
// dialects differ, the difference is a named fragment (dialect.ts), never a second copy of a query.

export type Dialect = 'sqlite' | 'postgres';

/** A parameter: text, a number (integers up to 2^53), bytes, or NULL. */
export type SqlValue = string | number | Buffer | null;

export interface SqlDb {
  readonly dialect: Dialect;
  /** The first row, or undefined. */
  get<T>(sql: string, ...params: SqlValue[]): T | undefined;
  all<T>(sql: string, ...params: SqlValue[]): T[];
  /** The first column of the first row, or undefined. */
  value<T>(sql: string, ...params: SqlValue[]): T | undefined;
  /** The first column of every row. */
  column<T>(sql: string, ...params: SqlValue[]): T[];
  /** Runs a statement; how many rows it changed. */
  run(sql: string, ...params: SqlValue[]): number;
  /** Runs several statements without parameters (migrations). */
  exec(sql: string): void;
  /**
   * Runs `fn` in one transaction, committed when it returns and rolled back when it throws; nested calls are
   * savepoints. SQLite's is BEGIN IMMEDIATE (no lock upgrade can fail half-way).
   */
  transaction<T>(fn: () => T): T;
  close(): void;
}
