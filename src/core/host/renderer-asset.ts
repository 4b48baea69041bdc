// Runs in: Node. One answer for "GET <path> of the built renderer", used by both hosts (Electron's app://
// protocol handler and the browser-mode web host): confined to the renderer folder, right content type,
// strict CSP, and a fresh nonce put into every HTML page. The one thing the policy may add is the image origin of
// the map's online tile source, which the host asks the core for (ConsoleCore.imageOrigins) at each request.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { contentSecurityPolicy, withNonce } from '../../shared/security/csp.ts';
import { resolveAssetPath } from './asset-path.ts';
import { mimeTypeFor } from './mime-types.ts';

export interface AssetResponse {
  readonly status: 200 | 404;
  readonly headers: Record<string, string>;
  readonly body: string | Uint8Array;
}

export interface AssetPolicy {
  /** Origins the page may load images from besides itself (the map's tile source); invalid ones are dropped. */
  readonly imageOrigins?: readonly string[];
}

export function securityHeaders(nonce: string, policy: AssetPolicy = {}): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(nonce, policy.imageOrigins),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
  };
}

export function loadRendererAsset(rendererDir: string, pathname: string, policy: AssetPolicy = {}): AssetResponse {
  const nonce = randomBytes(18).toString('base64url');
  const file = resolveAssetPath(rendererDir, pathname);
  let content: Buffer;
  try {
    if (!file) throw new Error('outside the renderer folder');
    content = fs.readFileSync(file);
  } catch {
    return { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8', ...securityHeaders(nonce, policy) }, body: '' };
  }
  const type = mimeTypeFor(file!);
  const body = type.startsWith('text/html') ? withNonce(content.toString('utf8'), nonce, policy.imageOrigins) : new Uint8Array(content);
  return { status: 200, headers: { 'Content-Type': type, 'Cache-Control': 'no-cache', ...securityHeaders(nonce, policy) }, body };
}
