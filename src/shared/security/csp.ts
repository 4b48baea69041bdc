// The renderer's Content Security Policy, sent as a response header by both hosts (the Electron app://
// protocol handler and the browser-mode web host). No 'unsafe-inline' anywhere: AG Grid injects its theme
// CSS at run time, so each page load gets a fresh nonce that the grid passes to its <style> elements
// (grid option styleNonce); the page reads it from <meta name="csp-nonce">.

export const NONCE_PLACEHOLDER = '__CSP_NONCE__';

export function contentSecurityPolicy(nonce: string): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    `style-src 'self' 'nonce-${nonce}'`,
    "img-src 'self' data:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
    "object-src 'none'",
  ].join('; ');
}

/** Puts the nonce into the built index.html (its meta tag carries the placeholder). */
export function withNonce(html: string, nonce: string): string {
  if (!/^[A-Za-z0-9+/=_-]{16,}$/.test(nonce)) throw new Error('nonce must be 16+ base64 characters');
  return html.split(NONCE_PLACEHOLDER).join(nonce);
}
