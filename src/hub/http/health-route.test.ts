// GET /healthz on a real hub, and on a real store that stops answering (its change-log table renamed away by
// another connection, then back): 503 without a word of the error, the error logged once, and back to 200.
import Database from 'better-sqlite3';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from '../../core/test-support/temp-dir.ts';
import { jsonLog } from '../hub-log.ts';
import { createHubMetrics } from '../metrics/hub-metrics.ts';
import { storeProbe } from '../metrics/store-probe.ts';
import { HUB_STORE_FILE, openHubStore } from '../store/hub-store.ts';
import { sample } from '../test-support/prometheus-text.ts';
import { startedHub } from '../test-support/started-hubs.ts';
import { createHealthRoute } from './health-route.ts';
import { createMetricsRoute } from './metrics-route.ts';
import { createRoutes } from './routes.ts';

const closing: (() => unknown)[] = [];
afterEach(async () => {
  for (const close of closing.splice(0).reverse()) await close();
});

async function listening(handler: http.RequestListener): Promise<string> {
  const server = http.createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  closing.push(() => new Promise((resolve) => server.close(resolve)));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe('GET /healthz', () => {
  it('says ok, the seq and the store kind of a running hub; GET and HEAD only', async () => {
    const hub = await startedHub({ dataDir: tempDir('hub-health-'), demoUnits: 2 });
    const res = await fetch(`${hub.url}/healthz`);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const body = (await res.json()) as { seq: number };
    expect(body).toEqual({ status: 'ok', seq: expect.any(Number), store: 'sqlite' });
    expect(body.seq).toBeGreaterThan(0); // the demo's records are in the change log
    expect((await fetch(`${hub.url}/healthz`, { method: 'HEAD' })).status).toBe(200);
    const put = await fetch(`${hub.url}/healthz`, { method: 'PUT' });
    expect([put.status, put.headers.get('allow')]).toEqual([405, 'GET, HEAD']);
    expect((await fetch(`${hub.url}/elsewhere`)).status).toBe(404);
  });

  it('answers 503 while the store does not answer, logs it once, and ok again once it does', async () => {
    const dataDir = tempDir('hub-health-');
    const store = openHubStore(dataDir);
    closing.push(() => store.close());
    const lines: { level: string; msg: string; err?: { message: string } }[] = [];
    const log = jsonLog('debug', (line) => lines.push(JSON.parse(line)));
    const probe = storeProbe(store, log);
    const metrics = createHubMetrics({ consoles: () => 0, devices: () => 0, store: probe });
    const url = await listening(
      createRoutes({ login: () => {}, health: createHealthRoute(probe), metrics: createMetricsRoute(metrics, log) }),
    );
    const health = async () => {
      const res = await fetch(`${url}/healthz`);
      return { status: res.status, body: await res.text() };
    };
    const scrape = async () => (await fetch(`${url}/metrics`)).text();
    expect((await health()).status).toBe(200);
    expect(sample(await scrape(), 'convivencia_hub_change_log_seq')).toBe(0);

    const other = new Database(path.join(dataDir, HUB_STORE_FILE));
    closing.push(() => other.close());
    other.exec('ALTER TABLE change_log_seq RENAME TO change_log_seq_away');
    expect(await health()).toEqual({ status: 503, body: '{"status":"unavailable"}' });
    expect(await health()).toEqual({ status: 503, body: '{"status":"unavailable"}' });
    const down = await scrape();
    expect([sample(down, 'convivencia_hub_store_up'), sample(down, 'convivencia_hub_change_log_seq')]).toEqual([0, 0]);
    expect(lines.filter((line) => line.msg === 'store unavailable')).toEqual([
      expect.objectContaining({ level: 'error', err: expect.objectContaining({ message: expect.stringContaining('change_log_seq') }) }),
    ]);

    other.exec('ALTER TABLE change_log_seq_away RENAME TO change_log_seq');
    expect(JSON.parse((await health()).body)).toEqual({ status: 'ok', seq: 0, store: 'sqlite' });
    expect(sample(await scrape(), 'convivencia_hub_store_up')).toBe(1);
    expect(lines.map((line) => line.msg)).toEqual(['store unavailable', 'store answers again']);
  });
});
