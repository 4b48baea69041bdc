// Serves the built renderer on app://console. A real origin (unlike file://) lets IPC senders and navigations
// be checked, and each HTML load gets a fresh CSP nonce that AG Grid uses for its run-time <style> elements.
import { protocol } from 'electron';
import fs from 'node:fs';
import { Readable } from 'node:stream';
import type { ExportFile } from '../core/export/downloads.ts';
import { loadRendererAsset, type AssetPolicy } from '../core/host/renderer-asset.ts';
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
 */
export function serveRenderer(rendererDir: string, policy: () => AssetPolicy = () => ({}), takeExport: TakeExport = () => null): void {
  protocol.handle(APP_SCHEME, (request) => respond(rendererDir, request, policy, takeExport));
}

const EXPORTS_PATH = '/exports/';

function respond(rendererDir: string, request: Request, policy: () => AssetPolicy, takeExport: TakeExport): Response {
  if (request.method !== 'GET') return new Response(null, { status: 405 });
  if (!isAppOrigin(request.url)) return new Response(null, { status: 404 });
  const { pathname } = new URL(request.url);
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
