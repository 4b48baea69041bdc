// Runs in: Node. Several hub processes on one PostgreSQL database share their Socket.IO rooms through the
// Socket.IO PostgreSQL adapter (LISTEN/NOTIFY on that database; payloads over 8 kB go through the
// socket_io_attachments table, created by migrations-postgres/0002): a 'changes' broadcast made on one hub reaches
// the consoles of every hub, and serverSideEmit carries what the hubs tell each other (cluster-link.ts).
//
// The adapter keeps its own small pool of asynchronous connections (node-postgres): LISTEN needs a connection that
// waits for notifications, which the store's one synchronous connection never does. It takes its listening
// connection in the background and gives it back when the server closes — unless the server closes before it had
// it: the pool it gets hands out nothing after close(), which ends whatever connection is still out, so a hub
// closed right after it started never waits for a connection nobody will return.
import { createAdapter } from '@socket.io/postgres-adapter';
import pg from 'pg';
import type { HubLog } from '../hub-log.ts';

export interface ClusterAdapter {
  readonly adapter: ReturnType<typeof createAdapter>;
  close(): Promise<void>;
}

export function startClusterAdapter(database: string, log: HubLog): ClusterAdapter {
  // Two connections: the adapter's LISTEN one, and one that sends every NOTIFY in turn — so what this hub tells the
  // others arrives in the order it was said (cluster-link.ts: changes in seq order).
  const pool = new pg.Pool({ connectionString: database, max: 2, application_name: 'convivencia-hub-cluster' });
  pool.on('error', (err) => log.error('the cluster adapter lost a database connection', { err }));
  const out = new Set<pg.PoolClient>();
  let closed = false;
  const never = () => new Promise<never>(() => {});
  const connect = async () => {
    if (closed) return never();
    const client = await pool.connect();
    if (closed) return (client.release(true), never());
    const release = client.release.bind(client);
    client.release = (err?: Error | boolean) => (out.delete(client), release(err));
    out.add(client);
    return client;
  };
  const adapter = createAdapter({ query: pool.query.bind(pool), connect } as unknown as pg.Pool, {
    channelPrefix: 'convivencia_hub',
    errorHandler: (err) => log.error('the cluster adapter failed', { err }),
  });
  return {
    adapter,
    async close() {
      closed = true;
      for (const client of out) {
        client.removeAllListeners('end'); // the adapter would take another one
        client.release(true);
      }
      await pool.end();
    },
  };
}
