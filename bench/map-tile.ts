// map.tile.p95_ms — one vector tile over HTTP from the browser-mode web host (GET /tiles/z/x/y.pbf: address check,
// the core's BasemapService, one prepared SQLite lookup, the response), as the Despacho map asks for them: a
// ~200 MB MBTiles file of zooms 0–16 around Córdoba (deterministic pseudo-random tile blobs of 2–60 KB that look
// gzipped, sizes skewed small as real vector tiles are), 2,000 random existing tiles fetched one after another over
// one keep-alive connection with Accept-Encoding: gzip, after 200 unmeasured. Timed from the request to the last
// byte of the body. baseline: raw better-sqlite3 reading the same tile from the same file with one prepared
// statement, timed right after each fetch, so both see the same machine and the same page cache (the freshly
// written file is in the OS cache: this measures the serving path, not the disk).
import Database from 'better-sqlite3';
import { createCipheriv } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { tmsRow, writeMbtiles, type TileToWrite } from '../src/core/basemap/mbtiles-writer.ts';
import { tileAt } from '../src/shared/geo/web-mercator.ts';
import { createPrng, type Prng } from '../src/shared/random/prng.ts';
import { startCoreWorker } from '../src/web/start-core-worker.ts';
import { startWebHost, type WebHost } from '../src/web/web-host.ts';
import type { MapBench } from './map-bench.ts';
import { log, percentile } from './report.ts';

const TARGET_BYTES = 200 * 1024 * 1024;
const MAX_ZOOM = 16;
/** Greater Córdoba, [west, south, east, north]. */
const AREA = [-64.5, -31.7, -63.9, -31.15] as const;
const WARMUP = 200;
const RUNS = 2_000;

/** 2–60 KB, most of them small (as a city's vector tiles are): the cube of a uniform number spread over the range. */
const tileSize = (prng: Prng) => Math.round(2_048 + prng.next() ** 3 * (60 * 1024 - 2_048));

/**
 * Zoom by zoom, every tile of AREA, until TARGET_BYTES are written (the last zoom partly, row by row). Each blob is
 * the gzip magic and header followed by AES-CTR keystream: incompressible like real gzip, fast, deterministic.
 */
function* benchTiles(addresses: [number, number, number][], written: { bytes: number }): Generator<TileToWrite> {
  const prng = createPrng(16);
  const cipher = createCipheriv('aes-128-ctr', Buffer.alloc(16, 7), Buffer.alloc(16, 0));
  const header = Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xff]);
  for (let z = 0; z <= MAX_ZOOM; z++) {
    const [nw, se] = [tileAt({ lng: AREA[0], lat: AREA[3] }, z), tileAt({ lng: AREA[2], lat: AREA[1] }, z)];
    for (let y = nw.y; y <= se.y; y++) {
      for (let x = nw.x; x <= se.x; x++) {
        if (written.bytes >= TARGET_BYTES) return;
        const data = Buffer.concat([header, cipher.update(Buffer.alloc(tileSize(prng) - header.length))]);
        written.bytes += data.length;
        addresses.push([z, x, y]);
        yield { z, x, y, data };
      }
    }
  }
}

function fetchTile(host: WebHost, agent: http.Agent, [z, x, y]: [number, number, number]): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.get(
      {
        host: '127.0.0.1',
        port: host.port,
        path: `/tiles/${z}/${x}/${y}.pbf?v=bench`,
        agent,
        headers: { Host: `127.0.0.1:${host.port}`, 'Accept-Encoding': 'gzip, deflate, br' },
      },
      (res) => {
        let bytes = 0;
        res.on('data', (chunk: Buffer) => (bytes += chunk.length));
        res.on('end', () => (res.statusCode === 200 ? resolve(bytes) : reject(new Error(`${z}/${x}/${y}: ${res.statusCode}`))));
      },
    );
    req.on('error', reject);
  });
}

export const mapTile: MapBench = {
  part: 'tile',
  name: 'map.tile.p95_ms',
  unit: 'ms',
  goal: { on: 'value', op: '<=', target: 5 },
  note: `~200 MB MBTiles, zooms 0–${MAX_ZOOM} around Córdoba; p95 of ${RUNS} random tiles over HTTP (keep-alive, gzip)`,
  async measure() {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'convivencia-bench-map-'));
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    try {
      const file = path.join(dir, 'bench.mbtiles');
      const addresses: [number, number, number][] = [];
      const written = { bytes: 0 };
      let started = performance.now();
      writeMbtiles(file, { name: 'bench', format: 'pbf', minzoom: '0', maxzoom: String(MAX_ZOOM) }, benchTiles(addresses, written));
      log(
        `  ${addresses.length} tiles, ${(written.bytes / 2 ** 20).toFixed(0)} MB of tile data, file ${(fs.statSync(file).size / 2 ** 20).toFixed(0)} MB, written in ${((performance.now() - started) / 1000).toFixed(1)} s`,
      );
      const rendererDir = path.join(dir, 'renderer');
      fs.mkdirSync(rendererDir);
      fs.writeFileSync(path.join(rendererDir, 'index.html'), '<p>bench</p>');
      const core = startCoreWorker({
        dataDir: path.join(dir, 'data'),
        host: 'browser',
        version: 'bench',
        demo: false,
        hub: null,
        basemapDemoFile: file,
        quiet: true,
      });
      const host = await startWebHost({ core, rendererDir });
      const raw = new Database(file, { readonly: true, fileMustExist: true });
      const lookup = raw.prepare('SELECT tile_data FROM tiles WHERE zoom_level = ? AND tile_column = ? AND tile_row = ?').pluck();
      const prng = createPrng(2_000);
      const served: number[] = [];
      const ceiling: number[] = [];
      let bytes = 0;
      try {
        for (let i = 0; i < WARMUP + RUNS; i++) {
          const address = prng.pick(addresses);
          started = performance.now();
          const received = await fetchTile(host, agent, address);
          const ms = performance.now() - started;
          const [z, x, y] = address;
          started = performance.now();
          const blob = lookup.get(z, x, tmsRow(z, y)) as Buffer;
          const rawMs = performance.now() - started;
          if (blob.length !== received) throw new Error(`${z}/${x}/${y}: ${received} bytes served, ${blob.length} stored`);
          if (i < WARMUP) continue;
          served.push(ms);
          ceiling.push(rawMs);
          bytes += received;
        }
      } finally {
        raw.close();
        await host.close();
        await core.close();
      }
      log(
        `  ${RUNS} tiles, ${(bytes / RUNS / 1024).toFixed(1)} KB average; HTTP p50 ${percentile(served, 50).toFixed(3)} ms, p95 ${percentile(served, 95).toFixed(3)} ms; raw SQLite p50 ${percentile(ceiling, 50).toFixed(3)} ms, p95 ${percentile(ceiling, 95).toFixed(3)} ms`,
      );
      return { value: percentile(served, 95), baseline: percentile(ceiling, 95) };
    } finally {
      agent.destroy();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  },
};
