// The raw baseline of live.core.first_sync_s: the same operations paged from the same hub, with the same page size as
// the console's bulk load, by a plain socket.io client (one request at a time) into a bare SQLite table (one TEXT
// column, no index), one transaction per page — the hub's and the wire's share of a first sync, without validation,
// indexes, address search or facts.
import Database from 'better-sqlite3';
import path from 'node:path';
import { io } from 'socket.io-client';
import { loginToHub } from '../../src/core/sync/hub-login.ts';
import { LIVE_NAMESPACES } from '../../src/shared/hub-protocol/namespaces.ts';
import { MAX_BULK_RECORDS_PAGE } from '../../src/shared/hub-protocol/push.ts';
import type { HubChild } from './support/hub-child.ts';

interface RawPage {
  readonly ok: boolean;
  readonly value: { readonly records: readonly { readonly id: string }[]; readonly hasMore: boolean };
}

export async function measureRawFirstSync(hub: HubChild, dir: string): Promise<{ ms: number; rows: number }> {
  const { token } = await loginToHub(hub.url, hub.credentials('dispatcher'));
  const socket = io(new URL(LIVE_NAMESPACES.console, hub.url).toString(), { auth: { token }, transports: ['websocket'] });
  await new Promise<void>((resolve, reject) => socket.once('connect', () => resolve()).once('connect_error', reject));
  const db = new Database(path.join(dir, 'raw-first-sync.sqlite3'));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.exec('CREATE TABLE raw (data TEXT NOT NULL)');
  const insert = db.prepare('INSERT INTO raw (data) VALUES (?)');
  const write = db.transaction((records: RawPage['value']['records']) => {
    for (const record of records) insert.run(JSON.stringify(record));
  });
  try {
    const started = performance.now();
    let rows = 0;
    for (let after: string | null = null, more = true; more;) {
      const page = (await socket.emitWithAck('records', { entity: 'operation', after, limit: MAX_BULK_RECORDS_PAGE })) as RawPage;
      if (!page.ok) throw new Error(`the hub refused a records page: ${JSON.stringify(page)}`);
      write(page.value.records);
      rows += page.value.records.length;
      [after, more] = [page.value.records.at(-1)?.id ?? after, page.value.hasMore];
    }
    return { ms: performance.now() - started, rows };
  } finally {
    socket.close();
    db.close();
  }
}
