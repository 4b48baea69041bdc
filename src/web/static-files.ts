// Runs in: Node. Serves the built renderer. index.html gets a fresh CSP nonce per response; every file is
// confined to the renderer folder (no path traversal) and sent with the strict CSP.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import type { ServerResponse } from 'node:http';
import path from 'node:path';
import { contentSecurityPolicy, withNonce } from '../shared/security/csp.ts';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
};

export const securityHeaders = (nonce: string): Record<string, string> => ({
  'Content-Security-Policy': contentSecurityPolicy(nonce),
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
});

/** Maps a URL path to a file inside root, or undefined when it would escape root. */
export function resolveInside(root: string, urlPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0]!);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0')) return undefined;
  const file = path.resolve(root, '.' + path.posix.normalize('/' + decoded));
  return file === root || file.startsWith(root + path.sep) ? file : undefined;
}

export function serveStatic(root: string, urlPath: string, res: ServerResponse): void {
  const wantsIndex = urlPath === '/' || urlPath.startsWith('/?') || urlPath === '/index.html';
  const file = wantsIndex ? path.join(root, 'index.html') : resolveInside(root, urlPath);
  const nonce = randomBytes(18).toString('base64url');
  if (!file || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', ...securityHeaders(nonce) }).end('No encontrado');
    return;
  }
  const type = MIME[path.extname(file)] ?? 'application/octet-stream';
  const body = type.startsWith('text/html') ? withNonce(fs.readFileSync(file, 'utf8'), nonce) : fs.readFileSync(file);
  res.writeHead(200, { 'Content-Type': type, 'Cache-Control': 'no-cache', ...securityHeaders(nonce) }).end(body);
}
