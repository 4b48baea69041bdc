// Runs in: Node. Attribution HTML from MBTiles metadata becomes plain text.
import { describe, expect, it } from 'vitest';
import { plainText } from './plain-text.ts';

describe('plainText', () => {
  it.each([
    [
      '<a href="https://www.openmaptiles.org/" target="_blank">&copy; OpenMapTiles</a> <a href="https://www.openstreetmap.org/copyright" target="_blank">&copy; OpenStreetMap contributors</a>',
      '© OpenMapTiles © OpenStreetMap contributors',
    ],
    ['Datos &amp; mapas<br/>Municipalidad', 'Datos & mapas Municipalidad'],
    ['&lt;script&gt;alert(1)&lt;/script&gt;', '<script>alert(1)</script>'],
    ['&#169; &#xA9; &COPY; &unknown; &#0;', '© © © &unknown; &#0;'],
    ['  a\n\tb\u0000c  ', 'a b c'],
    ['<b>only tags</b><img src=x onerror=alert(1)>', 'only tags'],
    ['', ''],
  ])('%j → %j', (html, text) => expect(plainText(html)).toBe(text));

  it('keeps at most 500 characters', () => expect(plainText('x'.repeat(2_000))).toHaveLength(500));
});
