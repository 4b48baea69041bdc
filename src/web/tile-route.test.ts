// Runs in: Node. GET /tiles/z/x/y.pbf on a real web host on 127.0.0.1, its console core serving real MBTiles files
// from a temp folder: the stored gzip bytes with Content-Encoding for a client that accepts gzip, plain bytes for one
// that does not, HEAD, 204 where there is no tile, 404 (never a file's contents) for traversal attempts and numbers
// out of range, the demo tiles still served when the saved city file is gone, and a damaged file answered with
// 503s while the host keeps serving.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { saveCityFile } from '../core/basemap/city-file-pref.ts';
import { openMbtiles } from '../core/basemap/mbtiles-reader.ts';
import { tileBytes, writeDamagedTileset, writeVectorTileset } from '../core/basemap/test-support/tilesets.ts';
import { createCache } from '../core/cache/cache.ts';
import { CACHE_FILE_NAME } from '../core/cache/cache-session.ts';
import type { RemoteCore } from '../core/remote/remote-core.ts';
import { tempDir } from '../core/test-support/temp-dir.ts';
import type { BasemapInfo } from '../shared/geo/basemap-info.ts';
import { startCoreWorker } from './start-core-worker.ts';
import { startWebHost, type WebHost } from './web-host.ts';

const running: { core: RemoteCore; host: WebHost }[] = [];
afterEach(async () => {
  for (const { core, host } of running.splice(0)) {
    await host.close();
    await core.close();
  }
});

/** A folder with a renderer, a file outside it, a demo tileset, and a data folder (with a saved city file, if given). */
async function start(options: { demo?: (file: string) => void; savedCity?: string } = {}) {
  const root = tempDir('tile-route-');
  const rendererDir = path.join(root, 'renderer');
  fs.mkdirSync(rendererDir);
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<p>ok</p>');
  fs.writeFileSync(path.join(root, 'package.json'), '{"secret": "outside the renderer folder"}');
  const demo = path.join(root, 'demo.mbtiles');
  (options.demo ?? ((file) => writeVectorTileset(file, 'demo', { extra: [[12, 1417, 2462]] })))(demo);
  const dataDir = path.join(root, 'data');
  if (options.savedCity) {
    fs.mkdirSync(dataDir);
    const cache = createCache(path.join(dataDir, CACHE_FILE_NAME));
    saveCityFile(cache.prefs, options.savedCity);
    cache.close();
  }
  const core = startCoreWorker({ dataDir, host: 'browser', version: 't', demo: false, hub: null, basemapDemoFile: demo, quiet: true });
  const host = await startWebHost({ core, rendererDir });
  running.push({ core, host });
  return { core, host, demo, root };
}

interface Answer {
  readonly status: number;
  readonly headers: http.IncomingHttpHeaders;
  readonly body: Buffer;
}

/** One request with the path sent exactly as given (no normalisation), over a keep-alive agent. */
function request(host: WebHost, urlPath: string, options: { method?: string; headers?: Record<string, string> } = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port: host.port,
        path: urlPath,
        method: options.method ?? 'GET',
        headers: { Host: `127.0.0.1:${host.port}`, ...options.headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
      },
    );
    req.on('error', reject);
    req.end();
  });
}

const GZIP = { 'Accept-Encoding': 'gzip, deflate, br' };

describe('GET /tiles/z/x/y.pbf', () => {
  it('serves the stored gzip bytes to a client that accepts gzip, plain bytes otherwise; HEAD without a body', async () => {
    const { host, demo } = await start();
    const reader = openMbtiles(demo);
    const stored = reader.tile(12, 1417, 2462)!;
    reader.close();

    const zipped = await request(host, '/tiles/12/1417/2462.pbf?v=abc', { headers: GZIP });
    expect(zipped.status).toBe(200);
    expect(zipped.body).toEqual(stored);
    expect(zipped.headers).toMatchObject({
      'content-type': 'application/x-protobuf',
      'content-encoding': 'gzip',
      'content-length': String(stored.length),
      'cache-control': 'private, max-age=86400',
      'x-content-type-options': 'nosniff',
      'cross-origin-resource-policy': 'same-origin',
      vary: 'Accept-Encoding',
    });
    expect(gunzipSync(zipped.body)).toEqual(tileBytes('demo', 12, 1417, 2462));

    const plain = await request(host, '/tiles/12/1417/2462.pbf');
    expect(plain.status).toBe(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toEqual(tileBytes('demo', 12, 1417, 2462));

    const head = await request(host, '/tiles/12/1417/2462.pbf', { method: 'HEAD', headers: GZIP });
    expect(head.status).toBe(200);
    expect(head.headers).toMatchObject({ 'content-encoding': 'gzip', 'content-length': String(stored.length) });
    expect(head.body).toHaveLength(0);
  });

  it('answers 204 where the tileset has no tile', async () => {
    const { host } = await start();
    for (const urlPath of ['/tiles/14/0/0.pbf', '/tiles/24/16777215/16777215.pbf']) {
      const answer = await request(host, urlPath, { headers: GZIP });
      expect(answer).toMatchObject({ status: 204, body: Buffer.alloc(0) });
    }
  });

  it('answers 404 — never a file — for what is not a tile address', async () => {
    const { host } = await start();
    const attempts = [
      '/tiles/../../package.json',
      '/tiles/../package.json',
      '/tiles/%2e%2e/%2e%2e/x',
      '/tiles/%2e%2e/package.json',
      '/tiles/..%2f..%2fpackage.json',
      '/tiles/1/2/3.pbf/../../..',
      '/tiles/1/2/3.pbf/../../../package.json',
      '/tiles/99/1/1.pbf',
      '/tiles/5/99999999/1.pbf',
      '/tiles/3/8/0.pbf',
      '/tiles/3/0/8.pbf',
      '/tiles/0/0/0.png',
      '/tiles/0/0/0.pbf.gz',
      '/tiles/',
      '/tiles/index.html',
    ];
    for (const urlPath of attempts) {
      const answer = await request(host, urlPath, { headers: GZIP });
      expect({ urlPath, status: answer.status }).toEqual({ urlPath, status: 404 });
      expect(answer.body.toString()).not.toContain('secret');
    }
  });

  it('checks the Host header first and takes only GET and HEAD', async () => {
    const { host } = await start();
    expect((await request(host, '/tiles/0/0/0.pbf', { headers: { Host: 'evil.example' } })).status).toBe(421);
    expect((await request(host, '/tiles/0/0/0.pbf', { method: 'POST' })).status).toBe(405);
  });

  it('serves the demo tiles and reports "missing" when the saved city file is gone', async () => {
    const { host, core } = await start({ savedCity: path.join(tempDir(), 'gone.mbtiles') });
    const info = (await core.call('map.basemap', {})) as { ok: true; value: BasemapInfo };
    expect(info.value).toMatchObject({ source: 'demo', problem: 'missing', name: 'demo' });
    const answer = await request(host, info.value.tilesUrl.replace('{z}/{x}/{y}', '0/0/0'));
    expect(answer.body).toEqual(tileBytes('demo', 0, 0, 0));
  });

  it('answers a damaged tileset with 503s (or what it can still read) and keeps serving', async () => {
    let addresses: [number, number, number][] = [];
    const { host } = await start({ demo: (file) => (addresses = writeDamagedTileset(file).addresses) });
    const statuses = new Map<number, number>();
    for (const [z, x, y] of addresses.filter((_, i) => i % 10 === 0)) {
      const { status } = await request(host, `/tiles/${z}/${x}/${y}.pbf`, { headers: GZIP });
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
    }
    expect([...statuses.keys()].every((status) => [200, 204, 503].includes(status))).toBe(true);
    expect(statuses.get(503)).toBeGreaterThan(0);
    expect((await request(host, '/')).status).toBe(200);
  });

  it('answers 503 when there is no tileset at all', async () => {
    const { host } = await start({ demo: () => {} });
    expect((await request(host, '/tiles/0/0/0.pbf')).status).toBe(503);
  });
});
