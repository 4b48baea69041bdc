// Browser mode: the web host opens the page at http://127.0.0.1:PORT/#k=SECRET. The secret authenticates
// the WebSocket. It is kept in sessionStorage (so a reload still works) and removed from the visible URL
// (so it does not end up in screenshots, history entries or bug reports).
const STORAGE_KEY = 'convivencia.apiSecret';

export interface SecretSources {
  readonly location: Pick<Location, 'hash' | 'pathname' | 'search'>;
  readonly storage: Pick<Storage, 'getItem' | 'setItem'>;
  replaceUrl(url: string): void;
}

export function takeBrowserSecret({ location, storage, replaceUrl }: SecretSources): string | null {
  const fromHash = new URLSearchParams(location.hash.replace(/^#/, '')).get('k');
  if (fromHash) {
    storage.setItem(STORAGE_KEY, fromHash);
    replaceUrl(location.pathname + location.search);
    return fromHash;
  }
  return storage.getItem(STORAGE_KEY);
}

/** The host serves the ConsoleApi socket on /api of the page's own origin. */
export function apiSocketUrl(location: Pick<Location, 'protocol' | 'host'>, secret: string | null): string {
  const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
  const query = secret === null ? '' : `?k=${encodeURIComponent(secret)}`;
  return `${scheme}://${location.host}/api${query}`;
}
