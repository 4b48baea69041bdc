// Serves the built renderer on app://console. A real origin (unlike file://) lets IPC senders and navigations
// be checked, and each HTML load gets a fresh CSP nonce that AG Grid uses for its run-time <style> elements.
// What needs the console core (tiles, export files, the CSP's image origins) is asked of its process (RemoteCore).
import { protocol } from 'electron';
import fs from 'node:fs';
import { Readable } from 'node:stream';
import { loadRendererAsset } from '../core/host/renderer-asset.ts';
import type { RemoteCore } from '../core/remote/remote-core.ts';
import { TILES_PATH } from '../shared/geo/basemap-info.ts';
import { APP_SCHEME, isAppOrigin } from './app-origin.ts';

/** Must run before the app is ready: Chromium fixes scheme privileges at start-up. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
}

/** What the protocol asks of the console core. */
export type RendererCore = Pick<RemoteCore, 'imageOrigins' | 'takeExport' | 'tile'>;

/**
 * The core's saved tile source may add an image origin to each response's CSP. /exports/<token> serves a finished
 * CSV export once (as the web host does); Electron offers it to the user with its download (save) dialog.
 * /tiles/z/x/y.pbf serves the map's vector tiles (as the web host does; decompressed, since a protocol handler's
 * answer is not decoded by Chromium).
 */
export function serveRenderer(rendererDir: string, core: RendererCore): void {
  protocol.handle(APP_SCHEME, (request) => respond(rendererDir, request, core));
}

const EXPORTS_PATH = '/exports/';

async function respond(rendererDir: string, request: Request, core: RendererCore): Promise<Response> {
  if (request.method !== 'GET') return new Response(null, { status: 405 });
  if (!isAppOrigin(request.url)) return new Response(null, { status: 404 });
  const { pathname } = new URL(request.url);
  if (pathname.startsWith(TILES_PATH)) {
    const tile = await core.tile(pathname.slice(TILES_PATH.length), { acceptsGzip: false });
    return new Response(tile.body, { status: tile.status, headers: tile.headers });
  }
  if (pathname.startsWith(EXPORTS_PATH)) {
    const file = await core.takeExport(pathname.slice(EXPORTS_PATH.length));
    if (!file || !fs.existsSync(file.path)) return new Response(null, { status: 404 });
    const body = Readable.toWeb(fs.createReadStream(file.path)) as ReadableStream<Uint8Array>;
    return new Response(body, {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="${file.fileName.replace(/[^A-Za-z0-9._-]/g, '_')}"`,
        'Cache-Control': 'no-store',
      },
    });
  }
  const asset = loadRendererAsset(rendererDir, pathname, { imageOrigins: await core.imageOrigins() });
  return new Response(asset.body, { status: asset.status, headers: asset.headers });
}
