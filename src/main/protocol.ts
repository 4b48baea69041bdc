// Serves the built renderer on app://console. A real origin (unlike file://) lets IPC senders and navigations
// be checked, and each HTML load gets a fresh CSP nonce that AG Grid uses for its run-time <style> elements.
import { protocol } from 'electron';
import { loadRendererAsset, type AssetPolicy } from '../core/host/renderer-asset.ts';
import { APP_SCHEME, isAppOrigin } from './app-origin.ts';

/** Must run before the app is ready: Chromium fixes scheme privileges at start-up. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** `policy` is asked at each request: the core's saved tile source may add an image origin to the CSP. */
export function serveRenderer(rendererDir: string, policy: () => AssetPolicy = () => ({})): void {
  protocol.handle(APP_SCHEME, (request) => respond(rendererDir, request, policy));
}

function respond(rendererDir: string, request: Request, policy: () => AssetPolicy): Response {
  if (request.method !== 'GET') return new Response(null, { status: 405 });
  if (!isAppOrigin(request.url)) return new Response(null, { status: 404 });
  const asset = loadRendererAsset(rendererDir, new URL(request.url).pathname, policy());
  return new Response(asset.body, { status: asset.status, headers: asset.headers });
}
