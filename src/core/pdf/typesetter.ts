// Runs in: Node. Measures and draws lines of text with PDFKit. Every string passes through toWinAnsi here (the
// standard fonts' encoding), widths are cached per font and size (a 20,000-character statement repeats its words),
// and each line is drawn on its own with lineBreak off: PDFKit never flows text or adds pages behind the layout's
// back.
import { toWinAnsi } from './win-ansi.ts';
import { breakLines, type Line, type Measure } from './line-breaker.ts';
import type { TextStyle } from './page.ts';

/**
 * A justified line is stretched by at most this many times its font size per gap; a line that would need more (two
 * long words) is left ragged rather than torn apart.
 */
const MAX_STRETCH = 1;

export class Typesetter {
  private readonly caches = new Map<string, Map<string, number>>();

  constructor(readonly doc: PDFKit.PDFDocument) {}

  private use(style: TextStyle): void {
    this.doc.font(style.font).fontSize(style.size);
  }

  /** Width of a string in a style, cached. The string must already be in WinAnsi. */
  measure(style: TextStyle): Measure {
    const key = `${style.font}|${style.size}`;
    let cache = this.caches.get(key);
    if (!cache) this.caches.set(key, (cache = new Map()));
    const known = cache;
    return (text) => {
      let w = known.get(text);
      if (w === undefined) {
        this.use(style);
        w = this.doc.widthOfString(text);
        if (text.length < 64) known.set(text, w);
      }
      return w;
    };
  }

  /** The lines of a text in a style and width (the text is brought into WinAnsi first). */
  layout(text: string, style: TextStyle, width: number, firstIndent = 0): Line[] {
    return breakLines(toWinAnsi(text), this.measure(style), { width, firstIndent });
  }

  /** Draws one line whose box starts at (x, top); `width` is the column it is aligned in. */
  draw(line: Line, style: TextStyle, x: number, top: number, width: number): void {
    if (line.text === '') return;
    const measure = this.measure(style);
    let dx = 0;
    let wordSpacing = 0;
    if (style.align === 'center') dx = (width - line.width) / 2;
    else if (style.align === 'right') dx = width - line.width;
    else if (style.align === 'justify' && !line.end) {
      // PDFKit spaces justified words itself (each word placed, spaces replaced by the gap), so the stretch is
      // computed from the words' own widths, not from the line's.
      const words = line.text.split(' ');
      const gaps = words.length - 1;
      if (gaps > 0) {
        const natural = words.reduce((sum, w) => sum + measure(w), 0) + gaps * measure(' ');
        const extra = (width - natural) / gaps;
        if (extra > 0 && extra <= style.size * MAX_STRETCH) wordSpacing = extra;
      }
    }
    this.use(style);
    this.doc.fillColor(style.color);
    // The baseline sits a little below the middle of the line box, so capitals and descenders both fit in it.
    const baseline = top + style.leading / 2 + style.size * 0.33;
    this.doc.text(line.text, x + dx, baseline, { lineBreak: false, baseline: 'alphabetic', ...(wordSpacing ? { wordSpacing } : {}) });
  }

  /** Draws lines one under the other from `top`; returns the height used. */
  drawLines(lines: readonly Line[], style: TextStyle, x: number, top: number, width: number, firstIndent = 0): number {
    lines.forEach((line, i) =>
      this.draw(line, style, x + (i === 0 ? firstIndent : 0), top + i * style.leading, width - (i === 0 ? firstIndent : 0)),
    );
    return lines.length * style.leading;
  }

  /** A single string on one line, unmeasured by the layout (page furniture): drawn as is, never wrapped. */
  single(text: string, style: TextStyle, x: number, top: number, width: number): void {
    const clean = toWinAnsi(text);
    this.draw({ text: clean, width: this.measure(style)(clean), end: true }, style, x, top, width);
  }
}
