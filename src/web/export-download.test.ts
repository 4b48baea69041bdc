// Browser mode's CSV download: GET /exports/<token> serves a finished export once, as an attachment, and only
// for a token the core handed out; the Host check still applies.
import http from 'node:http';
import os from 'node:os';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RemoteCore } from '../core/remote/remote-core.ts';
import type { ApiResult } from '../shared/api/result.ts';
import type { OperationsExportResult } from '../shared/operations/export.ts';
import { startCoreWorker } from './start-core-worker.ts';
import { startWebHost, type WebHost } from './web-host.ts';

let core: RemoteCore;
let host: WebHost;
let root: string;

beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'export-download-'));
  fs.mkdirSync(path.join(root, 'renderer'));
  fs.writeFileSync(path.join(root, 'renderer', 'index.html'), '<p>ok</p>');
  core = startCoreWorker({ dataDir: path.join(root, 'data'), host: 'browser', version: 't', demo: false, hub: null, quiet: true });
  host = await startWebHost({ core, rendererDir: path.join(root, 'renderer') });
});
afterAll(async () => {
  await host.close();
  await core.close();
  fs.rmSync(root, { recursive: true, force: true });
});

function request(method: string, urlPath: string, hostHeader = `127.0.0.1:${host.port}`) {
  return new Promise<{ status: number; body: Buffer; headers: http.IncomingHttpHeaders }>((resolve, reject) => {
    http
      .request({ host: '127.0.0.1', port: host.port, method, path: urlPath, headers: { Host: hostHeader } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode!, body: Buffer.concat(chunks), headers: res.headers }));
      })
      .on('error', reject)
      .end();
  });
}

async function exportNow(): Promise<OperationsExportResult> {
  const result = (await core.call('operations.exportCsv', { filter: {} })) as ApiResult<OperationsExportResult>;
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
}

describe('GET /exports/<token>', () => {
  it('serves the file once, as a CSV attachment that is never cached', async () => {
    const file = await exportNow();
    const first = await request('GET', `/exports/${file.download}`);
    expect(first.status).toBe(200);
    expect(first.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(first.headers['content-disposition']).toBe(`attachment; filename="${file.fileName}"`);
    expect(first.headers['cache-control']).toBe('no-store');
    expect(first.headers['x-content-type-options']).toBe('nosniff');
    expect(first.body).toEqual(fs.readFileSync(file.path));
    expect((await request('GET', `/exports/${file.download}`)).status).toBe(404);
  });

  it('answers 404 to unknown tokens and paths, and does not spend a token on HEAD or a foreign Host', async () => {
    const file = await exportNow();
    expect((await request('GET', '/exports/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA')).status).toBe(404);
    expect((await request('GET', `/exports/..%2F..%2Fdata%2F${file.fileName}`)).status).toBe(404);
    expect((await request('GET', '/exports/')).status).toBe(404);
    expect((await request('HEAD', `/exports/${file.download}`)).status).toBe(405);
    expect((await request('GET', `/exports/${file.download}`, `evil.example:${host.port}`)).status).toBe(421);
    expect((await request('GET', `/exports/${file.download}`)).status).toBe(200);
  });
});
