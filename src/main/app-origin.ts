// The renderer's one origin. The page is served from a privileged custom scheme rather than file:// so that it
// has a real, unforgeable origin to check IPC senders and navigations against.
// Pure (no electron import) so that the checks built on it can be unit-tested under Node.

export const APP_SCHEME = 'app';
export const APP_HOST = 'console';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_START_URL = `${APP_ORIGIN}/index.html`;

/**
 * Whether a URL belongs to the app's origin. WHATWG URL gives non-special schemes an opaque origin ('null'),
 * so scheme and host are compared instead of URL.origin. Credentials or a port make it a different origin.
 */
export function isAppOrigin(url: string | undefined): boolean {
  if (!url) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST && parsed.username === '' && parsed.password === '';
}
