// Runs in: Node. Browser mode: GET /exports/<token> serves a finished CSV export once (core/export/downloads.ts).
// The token came to the page over the secret-checked ConsoleApi socket; it works once and expires, and it names
// a file only through the core's own table, so no request can reach another path. The file is streamed.
import fs from 'node:fs';
import type { ServerResponse } from 'node:http';
import type { RemoteCore } from '../core/remote/remote-core.ts';

export const EXPORTS_PATH = '/exports/';

const HEADERS = {
  'Cache-Control': 'no-store',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Content-Security-Policy': "default-src 'none'; sandbox",
};

/** An ASCII file name for Content-Disposition (the core's names already are: this only makes sure). */
const safeName = (name: string) => name.replace(/[^A-Za-z0-9._-]/g, '_');

export async function serveExport(core: Pick<RemoteCore, 'takeExport'>, method: string, token: string, res: ServerResponse): Promise<void> {
  if (method !== 'GET') return void res.writeHead(405, { Allow: 'GET', ...HEADERS }).end();
  const file = await core.takeExport(token);
  let size: number | undefined;
  try {
    size = file ? fs.statSync(file.path).size : undefined;
  } catch {
    size = undefined;
  }
  if (!file || size === undefined) return void res.writeHead(404, HEADERS).end();
  res.writeHead(200, {
    ...HEADERS,
    'Content-Type': 'text/csv; charset=utf-8',
    'Content-Length': size,
    'Content-Disposition': `attachment; filename="${safeName(file.fileName)}"`,
  });
  const stream = fs.createReadStream(file.path);
  stream.on('error', () => res.destroy());
  stream.pipe(res);
}
