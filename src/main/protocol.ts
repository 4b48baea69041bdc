// Serves the built renderer on app://console. A real origin (unlike file://) lets IPC senders and navigations
// be checked, and each HTML load gets a fresh CSP nonce that AG Grid uses for its run-time <style> elements.
import { protocol } from 'electron';
import fs from 'node:fs';
import { Readable } from 'node:stream';
import type { ExportFile } from '../core/export/downloads.ts';
import { loadRendererAsset, type AssetPolicy } from '../core/host/renderer-asset.ts';
import { tileResponse, type TileSource } from '../core/host/tile-response.ts';
import { TILES_PATH } from '../shared/geo/basemap-info.ts';
import { APP_SCHEME, isAppOrigin } from './app-origin.ts';

/** Must run before the app is ready: Chromium fixes scheme privileges at start-up. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
}

type TakeExport = (token: string) => ExportFile | null;

/**
 * `policy` is asked at each request: the core's saved tile source may add an image origin to the CSP.
 * `takeExport`: /exports/<token> serves a finished CSV export once (as the web host does); Electron offers it
 * to the user with its download (save) dialog.
 * `tiles`: /tiles/z/x/y.pbf serves the map's vector tiles (as the web host does; decompressed here, since a
 * protocol handler's answer is not decoded by Chromium); absent: none (503).
 */
export function serveRenderer(
  rendererDir: string,
  policy: () => AssetPolicy = () => ({}),
  takeExport: TakeExport = () => null,
  tiles: TileSource = NO_TILES,
): void {
  protocol.handle(APP_SCHEME, (request) => respond(rendererDir, request, policy, takeExport, tiles));
}

const NO_TILES: TileSource = {
  tile: () => {
    throw new Error('no tiles');
  },
};

const EXPORTS_PATH = '/exports/';

function respond(rendererDir: string, request: Request, policy: () => AssetPolicy, takeExport: TakeExport, tiles: TileSource): Response {
  if (request.method !== 'GET') return new Response(null, { status: 405 });
  if (!isAppOrigin(request.url)) return new Response(null, { status: 404 });
  const { pathname } = new URL(request.url);
  if (pathname.startsWith(TILES_PATH)) {
    const tile = tileResponse(tiles, pathname.slice(TILES_PATH.length), { acceptsGzip: false });
    return new Response(tile.body, { status: tile.status, headers: tile.headers });
  }
  if (pathname.startsWith(EXPORTS_PATH)) {
    const file = takeExport(pathname.slice(EXPORTS_PATH.length));
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
  const asset = loadRendererAsset(rendererDir, new URL(request.url).pathname, policy());
  return new Response(asset.body, { status: asset.status, headers: asset.headers });
}
