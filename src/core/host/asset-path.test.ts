import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveAssetPath } from './asset-path.ts';

const root = resolve('/srv/out/renderer');

describe('resolveAssetPath', () => {
  it('maps request paths to files inside the renderer folder', () => {
    expect(resolveAssetPath(root, '/index.html')).toBe(join(root, 'index.html'));
    expect(resolveAssetPath(root, '/assets/index-abc.js')).toBe(join(root, 'assets', 'index-abc.js'));
    expect(resolveAssetPath(root, '/assets/a%20b.css')).toBe(join(root, 'assets', 'a b.css'));
  });

  it('serves index.html for the bare origin', () => {
    expect(resolveAssetPath(root, '/')).toBe(join(root, 'index.html'));
  });

  it('refuses paths that leave the folder, plain or encoded', () => {
    expect(resolveAssetPath(root, '/../main/index.js')).toBeUndefined();
    expect(resolveAssetPath(root, '/assets/../../main/index.js')).toBeUndefined();
    expect(resolveAssetPath(root, '/%2e%2e/main/index.js')).toBeUndefined();
    expect(resolveAssetPath(root, '/..%2Fmain%2Findex.js')).toBeUndefined();
    expect(resolveAssetPath(root, '/..')).toBeUndefined();
    expect(resolveAssetPath(root, '/../renderer-evil/x.js')).toBeUndefined();
  });

  it('refuses backslashes, NUL bytes and malformed escapes', () => {
    expect(resolveAssetPath(root, '/..%5Cmain%5Cindex.js')).toBeUndefined();
    expect(resolveAssetPath(root, '/index.html%00.js')).toBeUndefined();
    expect(resolveAssetPath(root, '/%E0%A4%A')).toBeUndefined();
  });
});
