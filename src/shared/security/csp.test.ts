import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, IMG_ORIGINS_PLACEHOLDER, NONCE_PLACEHOLDER, withNonce } from './csp.ts';

const NONCE = 'abcdefghijklmnopqrstuvwx';
const directive = (policy: string, name: string) => policy.split('; ').find((d) => d.startsWith(`${name} `));

describe('content security policy', () => {
  it('allows images from the page only by default', () => {
    const policy = contentSecurityPolicy(NONCE);
    expect(directive(policy, 'img-src')).toBe("img-src 'self' data:");
    expect(policy).toBe(contentSecurityPolicy(NONCE, []));
    expect(policy).not.toContain('*');
    expect(policy).not.toContain('unsafe-inline');
  });

  it('adds the tile origin to img-src and connect-src only (the SVG map loads images, MapLibre fetches), and nothing else changes', () => {
    const strict = contentSecurityPolicy(NONCE);
    const withTiles = contentSecurityPolicy(NONCE, ['https://tile.openstreetmap.org']);
    expect(directive(withTiles, 'img-src')).toBe("img-src 'self' data: https://tile.openstreetmap.org");
    expect(directive(withTiles, 'connect-src')).toBe("connect-src 'self' https://tile.openstreetmap.org");
    expect(directive(strict, 'connect-src')).toBe("connect-src 'self'");
    const others = (policy: string) => policy.split('; ').filter((d) => !d.startsWith('img-src ') && !d.startsWith('connect-src '));
    expect(others(withTiles)).toEqual(others(strict));
    expect(directive(contentSecurityPolicy(NONCE, ['http://127.0.0.1:4321', 'http://127.0.0.1:4321']), 'img-src')).toBe(
      "img-src 'self' data: http://127.0.0.1:4321",
    );
  });

  it.each([
    '*',
    'https:',
    'https://*.openstreetmap.org',
    'https://tile.openstreetmap.org/',
    'https://tile.openstreetmap.org/{z}',
    'http://tile.openstreetmap.org',
    'http://192.168.0.2:8080',
    "https://a.org 'unsafe-inline'",
    'https://a.org; script-src *',
    'https://a.org,b.org',
    'data:',
    "'self'",
    '',
  ])('never lets %j in', (origin) => {
    expect(directive(contentSecurityPolicy(NONCE, [origin]), 'img-src')).toBe("img-src 'self' data:");
    expect(directive(contentSecurityPolicy(NONCE, [origin]), 'connect-src')).toBe("connect-src 'self'");
    expect(withNonce(`<meta content="${IMG_ORIGINS_PLACEHOLDER}">`, NONCE, [origin])).toBe('<meta content="">');
  });

  it('writes the nonce and the allowed image origins into the page', () => {
    const html = `<meta name="csp-nonce" content="${NONCE_PLACEHOLDER}"><meta name="csp-img-origins" content="${IMG_ORIGINS_PLACEHOLDER}">`;
    expect(withNonce(html, NONCE)).toBe(`<meta name="csp-nonce" content="${NONCE}"><meta name="csp-img-origins" content="">`);
    expect(withNonce(html, NONCE, ['https://tile.openstreetmap.org'])).toContain('content="https://tile.openstreetmap.org"');
  });
});
