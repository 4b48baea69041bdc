// Runs in: Node (vitest). The browser-mode host as it runs: the real web host on 127.0.0.1, the console core in its
// worker thread on a cache of 30,000 operations, a real WebSocket client. While a CSV export of every row runs, small
// calls sent after it are answered before it (ordering, not timing). A closed worker answers at once.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { CACHE_FILE_NAME } from '../core/cache/cache-session.ts';
import { createCache } from '../core/cache/cache.ts';
import type { RemoteCore } from '../core/remote/remote-core.ts';
import { seedOperations } from '../core/seed/seed-operations.ts';
import { tempDir } from '../core/test-support/temp-dir.ts';
import { READY_FRAME } from '../shared/api/wire.ts';
import { startCoreWorker } from './start-core-worker.ts';
import { startWebHost, type WebHost } from './web-host.ts';

const ROWS = 30_000;
const running: { core: RemoteCore; host: WebHost }[] = [];
afterEach(async () => {
  for (const { core, host } of running.splice(0)) {
    await host.close();
    await core.close();
  }
});

async function start(rows: number) {
  const root = tempDir('core-worker-');
  const dataDir = path.join(root, 'data');
  fs.mkdirSync(dataDir);
  fs.mkdirSync(path.join(root, 'renderer'));
  fs.writeFileSync(path.join(root, 'renderer', 'index.html'), '<p>ok</p>');
  const cache = createCache(path.join(dataDir, CACHE_FILE_NAME));
  seedOperations(cache.operations, { seed: 5, count: rows, until: Date.UTC(2026, 10, 26) });
  cache.close();
  const core = startCoreWorker({ dataDir, host: 'browser', version: 't', demo: false, hub: null, quiet: true });
  const host = await startWebHost({ core, rendererDir: path.join(root, 'renderer') });
  running.push({ core, host });
  return { core, host };
}

/** A trusted socket, once the host said it is ready; `answers` lists the answer frames' ids as they arrive. */
async function connect(host: WebHost) {
  const ws = new WebSocket(`ws://127.0.0.1:${host.port}/api?k=${host.secret}`, { origin: `http://127.0.0.1:${host.port}` });
  await new Promise<void>((resolve, reject) => {
    ws.once('message', (data) => (data.toString() === READY_FRAME ? resolve() : reject(new Error(`first frame: ${data}`))));
    ws.once('error', reject);
  });
  const answers: { id: number; result: { ok: boolean; value?: unknown } }[] = [];
  ws.on('message', (data) => {
    const frame = JSON.parse(data.toString()) as { id?: number; result: { ok: boolean } };
    if (typeof frame.id === 'number') answers.push(frame as (typeof answers)[number]);
  });
  const send = (id: number, method: string, input: unknown) => ws.send(JSON.stringify({ id, method, input }));
  return { ws, answers, send };
}

describe('the browser-mode host with its core in a worker thread', () => {
  it('answers small calls while an export of every row runs', async () => {
    const { host } = await start(ROWS);
    const { ws, answers, send } = await connect(host);
    send(0, 'operations.exportCsv', { filter: {} });
    // A small call every 5 ms until the export is answered.
    for (let id = 1; !answers.some((a) => a.id === 0); id++) {
      send(id, id % 2 ? 'app.info' : 'cache.status', {});
      await new Promise((resolve) => setTimeout(resolve, 5));
      if (id > 20_000) throw new Error('the export never finished');
    }
    const exportAt = answers.findIndex((a) => a.id === 0);
    expect(answers[exportAt]!.result).toMatchObject({ ok: true, value: { rows: ROWS } });
    const before = answers.slice(0, exportAt);
    expect(before.length).toBeGreaterThan(2);
    expect(before.every((a) => a.id > 0 && a.result.ok)).toBe(true);
    ws.close();
  });

  it('answers connection_lost once the worker is gone, and the host keeps serving', async () => {
    const { core, host } = await start(0);
    expect(await core.call('app.info', {})).toMatchObject({ ok: true, value: { host: 'browser' } });
    await core.close();
    expect(await core.call('app.info', {})).toEqual({ ok: false, error: { code: 'connection_lost' } });
    const { ws, answers, send } = await connect(host);
    send(1, 'cache.status', {});
    await expect.poll(() => answers).toEqual([{ id: 1, result: { ok: false, error: { code: 'connection_lost' } } }]);
    ws.close();
  });
});
