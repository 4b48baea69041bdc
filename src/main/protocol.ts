// Serves the built renderer on app://console. A real origin (unlike file://) lets IPC senders and navigations
// be checked, and each HTML load gets a fresh CSP nonce that AG Grid uses for its run-time <style> elements.
import { protocol } from 'electron';
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { contentSecurityPolicy, withNonce } from '../shared/security/csp.ts';
import { APP_SCHEME, isAppOrigin } from './app-origin.ts';
import { resolveAssetPath } from './asset-path.ts';
import { mimeTypeFor } from './mime-types.ts';

/** Must run before the app is ready: Chromium fixes scheme privileges at start-up. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

export function serveRenderer(rendererDir: string): void {
  protocol.handle(APP_SCHEME, (request) => respond(rendererDir, request));
}

async function respond(rendererDir: string, request: Request): Promise<Response> {
  if (request.method !== 'GET') return new Response(null, { status: 405 });
  if (!isAppOrigin(request.url)) return new Response(null, { status: 404 });
  const file = resolveAssetPath(rendererDir, new URL(request.url).pathname);
  if (!file) return new Response(null, { status: 404 });

  let content: Buffer;
  try {
    content = await readFile(file);
  } catch {
    return new Response(null, { status: 404 });
  }
  const contentType = mimeTypeFor(file);
  const nonce = randomBytes(18).toString('base64url');
  const headers = {
    'Content-Type': contentType,
    'Content-Security-Policy': contentSecurityPolicy(nonce),
    'X-Content-Type-Options': 'nosniff',
  };
  const body = contentType.startsWith('text/html') ? withNonce(content.toString('utf8'), nonce) : new Uint8Array(content);
  return new Response(body, { status: 200, headers });
}
