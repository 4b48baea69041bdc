import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { IMG_ORIGINS_PLACEHOLDER, NONCE_PLACEHOLDER } from '../../shared/security/csp.ts';
import { tempDir } from '../test-support/temp-dir.ts';
import { loadRendererAsset } from './renderer-asset.ts';

function rendererDir(): string {
  const dir = tempDir('renderer-asset-');
  fs.writeFileSync(
    path.join(dir, 'index.html'),
    `<meta name="csp-nonce" content="${NONCE_PLACEHOLDER}"><meta name="csp-img-origins" content="${IMG_ORIGINS_PLACEHOLDER}">`,
  );
  fs.writeFileSync(path.join(dir, 'app.js'), '1');
  return dir;
}

const imgSrc = (headers: Record<string, string>) => headers['Content-Security-Policy']!.split('; ').find((d) => d.startsWith('img-src '));

describe('renderer assets: the image origins of the CSP', () => {
  it('keeps the strict policy without a tile source', () => {
    const dir = rendererDir();
    for (const pathname of ['/', '/app.js', '/missing.png']) {
      const asset = loadRendererAsset(dir, pathname);
      expect(imgSrc(asset.headers)).toBe("img-src 'self' data:");
    }
    expect(loadRendererAsset(dir, '/').body).toContain('name="csp-img-origins" content=""');
  });

  it('adds the configured tile origin to every response and tells the page', () => {
    const dir = rendererDir();
    const policy = { imageOrigins: ['http://127.0.0.1:4000'] };
    for (const pathname of ['/', '/app.js', '/missing.png']) {
      expect(imgSrc(loadRendererAsset(dir, pathname, policy).headers)).toBe("img-src 'self' data: http://127.0.0.1:4000");
    }
    expect(loadRendererAsset(dir, '/', policy).body).toContain('name="csp-img-origins" content="http://127.0.0.1:4000"');
  });

  it('drops an origin that is not one', () => {
    const dir = rendererDir();
    const asset = loadRendererAsset(dir, '/', { imageOrigins: ['*', "https://x.org 'unsafe-eval'"] });
    expect(imgSrc(asset.headers)).toBe("img-src 'self' data:");
    expect(asset.headers['Content-Security-Policy']).not.toMatch(/\*|unsafe/);
  });
});
