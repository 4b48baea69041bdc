// The renderer's Content Security Policy, sent as a response header by both hosts (the Electron app://
// protocol handler and the browser-mode web host). No 'unsafe-inline' anywhere: AG Grid injects its theme
// CSS at run time, so each page load gets a fresh nonce that the grid passes to its <style> elements
// (grid option styleNonce); the page reads it from <meta name="csp-nonce">.
// Images come from the page itself only, unless the person set an online tile source for the map: then its one
// origin is added to img-src and connect-src (the SVG map draws tiles as images, MapLibre fetches them; the host
// asks the core for it per response) and written into <meta name="csp-img-origins">, so the map draws tiles only
// when this page's policy allows them.

export const NONCE_PLACEHOLDER = '__CSP_NONCE__';
export const IMG_ORIGINS_PLACEHOLDER = '__CSP_IMG_ORIGINS__';

/**
 * What an extra image origin may look like: https with a plain host name (lower-case letters, digits, dots,
 * hyphens) and an optional port, or http on this computer only. No paths, wildcards, quotes or separators.
 */
const IMAGE_ORIGIN = /^(?:https:\/\/[a-z0-9](?:[a-z0-9.-]{0,251}[a-z0-9])?|http:\/\/(?:127\.0\.0\.1|localhost))(?::\d{1,5})?$/;

export const isImageOrigin = (origin: string): boolean => IMAGE_ORIGIN.test(origin);

/** The extra image origins that may go into the policy: valid ones only, each once, in order. */
export const imageOrigins = (origins: readonly string[]): string[] => [...new Set(origins.filter(isImageOrigin))];

export function contentSecurityPolicy(nonce: string, extraImageOrigins: readonly string[] = []): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    `style-src 'self' 'nonce-${nonce}'`,
    ["img-src 'self' data:", ...imageOrigins(extraImageOrigins)].join(' '),
    "font-src 'self' data:",
    ["connect-src 'self'", ...imageOrigins(extraImageOrigins)].join(' '),
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
    "object-src 'none'",
  ].join('; ');
}

/**
 * Puts the nonce (and the extra image origins the policy allows, space-separated) into the built index.html
 * (its meta tags carry the placeholders).
 */
export function withNonce(html: string, nonce: string, extraImageOrigins: readonly string[] = []): string {
  if (!/^[A-Za-z0-9+/=_-]{16,}$/.test(nonce)) throw new Error('nonce must be 16+ base64 characters');
  return html.split(NONCE_PLACEHOLDER).join(nonce).split(IMG_ORIGINS_PLACEHOLDER).join(imageOrigins(extraImageOrigins).join(' '));
}
