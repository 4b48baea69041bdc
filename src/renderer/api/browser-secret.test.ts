import { describe, expect, it } from 'vitest';
import { apiSocketUrl, takeBrowserSecret } from './browser-secret.ts';

function sources(hash: string, stored: string | null = null) {
  const storage = new Map<string, string>();
  if (stored !== null) storage.set('convivencia.apiSecret', stored);
  const replaced: string[] = [];
  return {
    storage,
    replaced,
    input: {
      location: { hash, pathname: '/', search: '?x=1' },
      storage: { getItem: (k: string) => storage.get(k) ?? null, setItem: (k: string, v: string) => void storage.set(k, v) },
      replaceUrl: (url: string) => void replaced.push(url),
    },
  };
}

describe('takeBrowserSecret', () => {
  it('takes k from the hash, keeps it for reloads and removes it from the URL', () => {
    const s = sources('#k=abc%2B1');
    expect(takeBrowserSecret(s.input)).toBe('abc+1');
    expect(s.storage.get('convivencia.apiSecret')).toBe('abc+1');
    expect(s.replaced).toEqual(['/?x=1']);
  });

  it('falls back to the stored secret after a reload', () => {
    const s = sources('', 'kept');
    expect(takeBrowserSecret(s.input)).toBe('kept');
    expect(s.replaced).toEqual([]);
  });

  it('returns null when there is no secret at all', () => {
    expect(takeBrowserSecret(sources('#other=1').input)).toBeNull();
  });
});

describe('apiSocketUrl', () => {
  it('uses the page origin and encodes the secret', () => {
    expect(apiSocketUrl({ protocol: 'http:', host: '127.0.0.1:5173' }, 'a b&c')).toBe('ws://127.0.0.1:5173/api?k=a%20b%26c');
    expect(apiSocketUrl({ protocol: 'https:', host: 'desk.local' }, null)).toBe('wss://desk.local/api');
  });
});
