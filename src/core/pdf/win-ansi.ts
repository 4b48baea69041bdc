// Runs in: Node. The documents use the PDF standard fonts (Times, Helvetica): nothing to embed, the same bytes in
// the desktop app and in browser mode, and every letter of Spanish (á é í ó ú ü ñ ¿ ¡ º « ») is in their WinAnsi
// encoding. A character outside WinAnsi would not be drawn as a wrong glyph but written as a broken code into the
// page, so every string is brought into WinAnsi before it reaches PDFKit: composed (NFC), common typographic
// look-alikes replaced, accents the encoding lacks dropped from their letter (ğ → g), and what is left becomes "?".
// The inputs are validated already; this is about letters, not safety.

/** Unicode code points above U+00FF that WinAnsi (Windows-1252) has, from its 0x80–0x9F block. */
const WIN_ANSI_EXTRA = new Set([
  0x20ac, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x017d, 0x2018, 0x2019, 0x201c, 0x201d,
  0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x017e, 0x0178,
]);

/** Look-alikes people paste from word processors and phones, and letters NFD cannot take apart. */
const REPLACEMENTS: Readonly<Record<string, string>> = {
  '\u00a0': ' ', // no-break space: the layout decides where lines may break
  '\u2002': ' ',
  '\u2003': ' ',
  '\u2009': ' ',
  '\u202f': ' ',
  '\u2007': ' ',
  '\u200b': '', // zero-width space, joiner, non-joiner, BOM
  '\u200c': '',
  '\u200d': '',
  '\ufeff': '',
  '\u00ad': '', // soft hyphen: the layout does not hyphenate
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '–',
  '\u2212': '-',
  '\u2015': '—',
  '\u2032': "'",
  '\u2033': '"',
  '\u2264': '<=',
  '\u2265': '>=',
  '\u2260': '!=',
  '\u2248': '~',
  '\u2116': 'N.º',
  '\u0141': 'L',
  '\u0142': 'l',
  '\u0110': 'D',
  '\u0111': 'd',
  '\u0131': 'i',
  '\u0127': 'h',
  '\u0126': 'H',
  '\t': ' ',
};

const COMBINING = /[\u0300-\u036f]/g;

function inWinAnsi(code: number): boolean {
  return (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRA.has(code);
}

/** Whether the text can be written with a standard font as it is (the common case: no copy needed). */
function allWinAnsi(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x0a) continue;
    if (!inWinAnsi(code) || code === 0xa0 || code === 0xad) return false;
  }
  return true;
}

/** The text in the WinAnsi repertoire; newlines are kept (they are layout), other controls dropped. */
export function toWinAnsi(text: string): string {
  if (allWinAnsi(text)) return text;
  let out = '';
  for (const char of text.normalize('NFC')) {
    const code = char.codePointAt(0)!;
    const replaced = REPLACEMENTS[char];
    if (replaced !== undefined) out += replaced;
    else if (code === 0x0a || (inWinAnsi(code) && code !== 0xa0 && code !== 0xad)) out += char;
    else if (code < 0x20 || (code >= 0x7f && code < 0xa0)) continue;
    else {
      const base = char.normalize('NFD').replace(COMBINING, '');
      out += base.length > 0 && [...base].every((c) => inWinAnsi(c.codePointAt(0)!)) ? base : '?';
    }
  }
  return out;
}
