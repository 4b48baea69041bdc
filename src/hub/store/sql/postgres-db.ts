// Runs in: Node. SqlDb over one PostgreSQL connection, through libpq's synchronous API (the optional pg-native
// package; why synchronous: sql-db.ts). Each SQL text is prepared once per connection, its `?` numbered.
//
// One writer at a time, across every hub process on the database: a transaction starts by taking the store's write
// lock (a transaction-scoped advisory lock), as SQLite's BEGIN IMMEDIATE takes the file's. So every read-decide-write
// of the repositories written for SQLite — a push's version check, the next case number, an audit chain's head, the
// change log's next seq — is decided on what the last committed writer left, and commit order is seq order. Reads
// outside a transaction take no lock.
//
// Values come back as the SQLite store gives them: BIGINT and NUMERIC as numbers (the hub's integers — times in
// ms, seqs — stay below 2^53), BYTEA as a Buffer. Buffers go out in PostgreSQL's hex form.
import { createRequire } from 'node:module';
import { numberPlaceholders } from './placeholders.ts';
import type { SqlDb, SqlValue } from './sql-db.ts';

interface NativeClient {
  connectSync(url: string): void;
  querySync(text: string, values?: (string | null)[]): Record<string, unknown>[];
  prepareSync(name: string, text: string, count: number): void;
  executeSync(name: string, values: (string | null)[]): Record<string, unknown>[];
  end(): void;
  pq: { cmdTuples(): string; transactionStatus(): number };
}
type NativeClientClass = new (config: { types: { getTypeParser(oid: number): (text: string) => unknown } }) => NativeClient;

/** The types the hub's schema uses, by their PostgreSQL oid; anything else stays text. */
const PARSERS: Record<number, (text: string) => unknown> = {
  16: (text) => text === 't', // boolean
  17: (text) => Buffer.from(text.slice(2), 'hex'), // bytea, in its hex output form \x…
  20: Number, // bigint
  21: Number, // smallint
  23: Number, // integer
  700: Number, // real
  701: Number, // double precision
  1700: Number, // numeric
};
const asText = (text: string) => text;

/** How the hub's connections name themselves to the server (pg_stat_activity): a restore looks for running hubs by it. */
export const POSTGRES_APPLICATION_NAME = 'convivencia-hub';

/** The advisory lock every write transaction holds (any fixed number, distinct from the migrations'). */
const WRITE_LOCK = 7_420_001;

/** Thrown when the optional pg-native package (and the libpq it builds on) is not installed. */
export class PostgresDriverMissingError extends Error {
  constructor(cause: unknown) {
    super('the PostgreSQL driver (pg-native, on libpq) is not installed', { cause });
  }
}

function loadDriver(): NativeClientClass {
  try {
    return createRequire(import.meta.url)('pg-native') as NativeClientClass;
  } catch (err) {
    throw new PostgresDriverMissingError(err);
  }
}

/**
 * Clients whose connection was just ended. libpq closes its socket watcher asynchronously — the handle is finished on
 * the event loop's closing phase — but it lives inside the native client, which the GC may free first once nothing
 * references it: libuv then aborts the process (uv__finish_close assertion), as a test opening and closing hundreds
 * of stores did. Each is held here for two turns of the loop, past that phase.
 */
const closing = new Set<NativeClient>();
function end(client: NativeClient): void {
  client.end();
  closing.add(client);
  setImmediate(() => setImmediate(() => closing.delete(client)));
}

const toText = (value: SqlValue): string | null =>
  value === null ? null : Buffer.isBuffer(value) ? `\\x${value.toString('hex')}` : String(value);

/** libpq's transaction status of a connection that is gone (the server restarted, or ended it). */
const CONNECTION_LOST = 4;

function connectTo(url: string): NativeClient {
  const Client = loadDriver();
  const client = new Client({ types: { getTypeParser: (oid) => PARSERS[oid] ?? asText } });
  client.connectSync(url);
  client.querySync(`SET client_min_messages TO warning; SET application_name TO '${POSTGRES_APPLICATION_NAME}'`);
  return client;
}

/**
 * Connects to `url` (postgres://user@host:port/database); throws when the server cannot be reached. A connection the
 * server drops is replaced before the next statement outside a transaction (the statement that found it gone, and
 * a transaction it was in, fail to their caller): a hub whose database restarted carries on once it is back.
 */
export function openPostgresDb(url: string): SqlDb {
  let client = connectTo(url);
  const prepared = new Map<string, string>();
  let depth = 0;
  const connected = () => {
    if (depth > 0 || client.pq.transactionStatus() !== CONNECTION_LOST) return client;
    end(client);
    prepared.clear();
    return (client = connectTo(url));
  };
  const execute = (sql: string, params: SqlValue[]) => {
    const current = connected();
    let name = prepared.get(sql);
    if (!name) {
      const { text, count } = numberPlaceholders(sql);
      name = `s${prepared.size + 1}`;
      current.prepareSync(name, text, count);
      prepared.set(sql, name);
    }
    return current.executeSync(name, params.map(toText));
  };
  const first = (row: Record<string, unknown> | undefined) => (row ? Object.values(row)[0] : undefined);
  return {
    dialect: 'postgres',
    get: (sql, ...params) => execute(sql, params)[0] as never,
    all: (sql, ...params) => execute(sql, params) as never,
    value: (sql, ...params) => first(execute(sql, params)[0]) as never,
    column: (sql, ...params) => execute(sql, params).map(first) as never,
    run: (sql, ...params) => {
      execute(sql, params);
      return Number(client.pq.cmdTuples() || 0);
    },
    exec: (sql) => void connected().querySync(sql),
    transaction: (fn) => {
      const savepoint = `sp${depth}`;
      connected().querySync(depth === 0 ? `BEGIN; SELECT pg_advisory_xact_lock(${WRITE_LOCK})` : `SAVEPOINT ${savepoint}`);
      depth++;
      try {
        const result = fn();
        client.querySync(depth === 1 ? 'COMMIT' : `RELEASE SAVEPOINT ${savepoint}`);
        return result;
      } catch (err) {
        if (client.pq.transactionStatus() !== CONNECTION_LOST)
          client.querySync(depth === 1 ? 'ROLLBACK' : `ROLLBACK TO SAVEPOINT ${savepoint}`);
        throw err;
      } finally {
        depth--;
      }
    },
    close: () => end(client),
  };
}
