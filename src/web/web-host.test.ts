import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { CACHE_FILE_NAME } from '../core/cache/cache-session.ts';
import type { RemoteCore } from '../core/remote/remote-core.ts';
import { tempDir } from '../core/test-support/temp-dir.ts';
import { CLOSE_SECRET_REJECTED, READY_FRAME } from '../shared/api/wire.ts';
import { IMG_ORIGINS_PLACEHOLDER, NONCE_PLACEHOLDER } from '../shared/security/csp.ts';
import { startCoreWorker } from './start-core-worker.ts';
import { startWebHost, type WebHost } from './web-host.ts';

let core: RemoteCore;
let host: WebHost;
let rendererDir: string;
let root: string;

beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'web-host-'));
  rendererDir = path.join(root, 'renderer');
  fs.mkdirSync(path.join(rendererDir, 'assets'), { recursive: true });
  fs.writeFileSync(
    path.join(rendererDir, 'index.html'),
    `<meta name="csp-nonce" content="${NONCE_PLACEHOLDER}"><meta name="csp-img-origins" content="${IMG_ORIGINS_PLACEHOLDER}"><p>ok</p>`,
  );
  fs.writeFileSync(path.join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  fs.writeFileSync(path.join(root, 'secret.txt'), 'outside the renderer folder');
  core = startCoreWorker({ dataDir: path.join(root, 'data'), host: 'browser', version: 't', demo: true, hub: null, quiet: true });
  host = await startWebHost({ core, rendererDir });
});
afterAll(async () => {
  await host.close();
  await core.close();
  fs.rmSync(root, { recursive: true, force: true });
});

function get(
  urlPath: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: string; headers: http.IncomingHttpHeaders }> {
  return new Promise((resolve, reject) => {
    http
      .get({ host: '127.0.0.1', port: host.port, path: urlPath, headers: { Host: `127.0.0.1:${host.port}`, ...headers } }, (res) => {
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode!, body, headers: res.headers }));
      })
      .on('error', reject);
  });
}

function connect(options: { origin?: string; secret?: string; host?: string } = {}): Promise<WebSocket> {
  const origin = options.origin ?? `http://127.0.0.1:${host.port}`;
  const secret = options.secret ?? host.secret;
  const ws = new WebSocket(`ws://127.0.0.1:${host.port}/api?k=${encodeURIComponent(secret)}`, {
    origin,
    headers: options.host ? { Host: options.host } : {},
  });
  // With the right secret the host's first frame is READY_FRAME; with a wrong one it closes instead.
  const awaitReady = () => ws.once('message', (d) => (d.toString() === READY_FRAME ? resolve(ws) : reject(new Error(`first frame: ${d}`))));
  let resolve: (ws: WebSocket) => void;
  let reject: (err: Error) => void;
  return new Promise((res, rej) => {
    [resolve, reject] = [res, rej];
    ws.once('open', () => (secret === host.secret ? awaitReady() : resolve(ws)));
    ws.once('unexpected-response', (_, res) => reject(new Error(`refused ${res.statusCode}`)));
    ws.once('error', reject);
  });
}

/** Sends a frame and resolves with the next answer frame (event frames are skipped). */
function call(ws: WebSocket, frame: unknown): Promise<unknown> {
  return new Promise((resolve) => {
    const onMessage = (data: WebSocket.RawData) => {
      const parsed = JSON.parse(data.toString()) as Record<string, unknown>;
      if (!('id' in parsed)) return;
      ws.off('message', onMessage);
      resolve(parsed);
    };
    ws.on('message', onMessage);
    ws.send(typeof frame === 'string' ? frame : JSON.stringify(frame));
  });
}

describe('web host: static files', () => {
  it('serves index.html with a fresh nonce and a strict CSP', async () => {
    const a = await get('/');
    const b = await get('/');
    expect(a.status).toBe(200);
    const nonce = /content="([^"]+)"/.exec(a.body)![1]!;
    expect(nonce).not.toBe(NONCE_PLACEHOLDER);
    expect(nonce).not.toBe(/content="([^"]+)"/.exec(b.body)![1]);
    expect(a.headers['content-security-policy']).toContain(`style-src 'self' 'nonce-${nonce}'`);
    expect(a.headers['content-security-policy']).not.toContain('unsafe-inline');
    expect(a.headers['x-content-type-options']).toBe('nosniff');
  });

  it('serves assets with their type', async () => {
    const res = await get('/assets/app.js');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toContain('text/javascript');
  });

  it.each(['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/%00', '/%E0%A4%A'])('refuses %s', async (p) => {
    const res = await get(p);
    expect(res.status).toBe(404);
    expect(res.body).not.toContain('outside');
  });

  it('refuses a foreign Host header (DNS rebinding)', async () => {
    expect((await get('/', { Host: `evil.example:${host.port}` })).status).toBe(421);
  });

  it('listens on loopback only', () => {
    expect(host.address).toBe('127.0.0.1');
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#k=/);
  });
});

describe('web host: the map tile source in the CSP', () => {
  const imgSrc = (res: { headers: http.IncomingHttpHeaders }) =>
    String(res.headers['content-security-policy'])
      .split('; ')
      .find((d) => d.startsWith('img-src '));

  it('allows the saved tile origin only while one is saved, and never a refused one', async () => {
    expect(imgSrc(await get('/'))).toBe("img-src 'self' data:");
    const source = { urlTemplate: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png', attribution: '© OpenStreetMap' };
    expect(await core.call('prefs.set', { key: 'map.tileSource', value: source })).toEqual({ ok: true, value: { saved: true } });
    const page = await get('/');
    expect(imgSrc(page)).toBe("img-src 'self' data: https://tile.openstreetmap.org");
    expect(page.body).toContain('<meta name="csp-img-origins" content="https://tile.openstreetmap.org">');
    expect(imgSrc(await get('/assets/app.js'))).toBe("img-src 'self' data: https://tile.openstreetmap.org");

    // a bad template is refused by the contract and the saved one stays
    const bad = await core.call('prefs.set', {
      key: 'map.tileSource',
      value: { urlTemplate: 'https://*.example.com/{z}/{x}/{y}', attribution: 'x' },
    });
    expect(bad.ok).toBe(false);
    expect(imgSrc(await get('/'))).toBe("img-src 'self' data: https://tile.openstreetmap.org");

    expect((await core.call('prefs.set', { key: 'map.tileSource', value: null })).ok).toBe(true);
    expect(imgSrc(await get('/'))).toBe("img-src 'self' data:");
    expect((await get('/')).body).toContain('<meta name="csp-img-origins" content="">');
  });
});

describe('web host: ConsoleApi socket', () => {
  it('answers calls', async () => {
    const ws = await connect();
    expect(await call(ws, { id: 1, method: 'app.info', input: {} })).toMatchObject({
      id: 1,
      result: { ok: true, value: { host: 'browser' } },
    });
    ws.close();
  });

  it.each([
    ['a wrong secret', { secret: 'guess' }],
    ['an empty secret', { secret: '' }],
  ])('closes a socket with %s (right origin) with the secret-rejected code, answering nothing', async (_, options) => {
    const ws = await connect(options);
    const answers: unknown[] = [];
    ws.on('message', (d) => answers.push(d.toString()));
    const code = await new Promise<number>((resolve) => ws.once('close', (c) => resolve(c)));
    expect(code).toBe(CLOSE_SECRET_REJECTED);
    expect(answers).toEqual([]);
  });

  it.each([
    ['another origin', { origin: 'http://evil.example' }],
    ['a lookalike origin', { origin: `http://127.0.0.1:${1}` }],
    ['a foreign Host', { host: 'evil.example' }],
  ])('refuses %s', async (_, options) => {
    await expect(connect(options)).rejects.toThrow(/refused 40[34]|Unexpected server response/);
  });

  it('survives a malformed upgrade request line and a client that resets mid-handshake', async () => {
    const raw = (request: string, reset: boolean) =>
      new Promise<string>((resolve) => {
        const socket = net.connect(host.port, '127.0.0.1', () => {
          socket.write(request);
          if (reset) socket.resetAndDestroy();
        });
        let reply = '';
        socket.on('data', (d) => (reply += d.toString()));
        socket.on('close', () => resolve(reply));
        socket.on('error', () => resolve(reply));
      });
    const upgrade = (target: string) =>
      `GET ${target} HTTP/1.1\r\nHost: 127.0.0.1:${host.port}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n` +
      'Sec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n';
    expect(await raw(upgrade('http://['), false)).toMatch(/^HTTP\/1.1 400/);
    await raw(upgrade('/api?k=nope'), true);
    await raw(upgrade('/elsewhere'), true);
    const ws = await connect();
    expect(await call(ws, { id: 7, method: 'app.info', input: {} })).toMatchObject({ id: 7, result: { ok: true } });
    ws.close();
  });

  it('answers malformed frames with invalid_input and keeps serving', async () => {
    const ws = await connect();
    expect(await call(ws, 'not json')).toMatchObject({ id: null, result: { ok: false, error: { code: 'invalid_input' } } });
    expect(await call(ws, { id: 2, method: 42 })).toMatchObject({ id: 2, result: { ok: false, error: { code: 'invalid_input' } } });
    expect(await call(ws, { id: 3, method: 'operations.page', input: { offset: -5, limit: 1 } })).toMatchObject({
      id: 3,
      result: { ok: false, error: { code: 'invalid_input', issues: [{ path: 'offset' }] } },
    });
    expect(await call(ws, { id: 4, method: 'cache.status', input: {} })).toMatchObject({ id: 4, result: { ok: true } });
    ws.close();
  });

  it('closes a connection that sends an oversized frame, and others keep working', async () => {
    const bad = await connect();
    const closed = new Promise<number>((resolve) => bad.once('close', (code) => resolve(code)));
    bad.send(JSON.stringify({ id: 1, method: 'app.info', input: { pad: 'x'.repeat(1_000_000) } }));
    expect(await closed).toBe(1009); // message too big
    const good = await connect();
    expect(await call(good, { id: 5, method: 'app.info', input: {} })).toMatchObject({ result: { ok: true } });
    good.close();
  });

  it('pushes core events to every connected client', async () => {
    // A core whose cache file is corrupt starts unavailable; rebuilding it says every kind was replaced.
    const dataDir = tempDir();
    fs.writeFileSync(path.join(dataDir, CACHE_FILE_NAME), 'not a database'.repeat(300));
    const brokenCore = startCoreWorker({ dataDir, host: 'browser', version: 't', demo: false, quiet: true });
    const other = await startWebHost({ core: brokenCore, rendererDir });
    const open = (h: WebHost) => {
      const ws = new WebSocket(`ws://127.0.0.1:${h.port}/api?k=${h.secret}`, { origin: `http://127.0.0.1:${h.port}` });
      return new Promise<WebSocket>((resolve) => ws.once('message', () => resolve(ws))); // the ready frame
    };
    const [caller, watcher] = [await open(other), await open(other)];
    const pushed = new Promise((resolve) => watcher.once('message', (d) => resolve(JSON.parse(d.toString()))));
    expect(await call(caller, { id: 1, method: 'cache.rebuild', input: {} })).toMatchObject({ id: 1, result: { ok: true } });
    expect(await pushed).toEqual({ event: 'records.changed', payload: { entity: 'operation', ids: null, source: 'reset' } });
    caller.close();
    watcher.close();
    await other.close();
    await brokenCore.close();
  });
});
