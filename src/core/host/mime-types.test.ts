import { describe, expect, it } from 'vitest';
import { mimeTypeFor } from './mime-types.ts';

describe('mimeTypeFor', () => {
  it('gives the types a browser needs to run a Vite build under nosniff', () => {
    expect(mimeTypeFor('/r/index.html')).toBe('text/html; charset=utf-8');
    expect(mimeTypeFor('/r/assets/index-1.js')).toBe('text/javascript; charset=utf-8');
    expect(mimeTypeFor('/r/assets/index-1.CSS')).toBe('text/css; charset=utf-8');
    expect(mimeTypeFor('/r/assets/font.woff2')).toBe('font/woff2');
    expect(mimeTypeFor('/r/icon.svg')).toBe('image/svg+xml');
  });

  it('falls back to an opaque type for unknown files', () => {
    expect(mimeTypeFor('/r/data.bin')).toBe('application/octet-stream');
    expect(mimeTypeFor('/r/README')).toBe('application/octet-stream');
  });
});
