// Blocks: pieces of a page measured before they are drawn (a label and its value, a box, a row of signature
// blocks). The flow asks a block its height, moves to a new page if it does not fit, then draws it there — so a
// block is never cut by a page break, and nothing is drawn over anything else.
import { COLOR, type TextStyle } from './page.ts';
import type { Line } from './line-breaker.ts';
import type { Typesetter } from './typesetter.ts';

export interface Block {
  readonly height: number;
  draw(x: number, top: number): void;
}

export const EMPTY: Block = { height: 0, draw: () => {} };

/** Some text in a style, wrapped to a width. */
export function text(ts: Typesetter, content: string, style: TextStyle, width: number, firstIndent = 0): Block {
  const lines = ts.layout(content, style, width, firstIndent);
  return linesBlock(ts, lines, style, width, firstIndent);
}

export function linesBlock(ts: Typesetter, lines: readonly Line[], style: TextStyle, width: number, firstIndent = 0): Block {
  return { height: lines.length * style.leading, draw: (x, top) => ts.drawLines(lines, style, x, top, width, firstIndent) };
}

/** Blocks one under the other, `gap` apart. */
export function stack(blocks: readonly Block[], gap = 0): Block {
  const shown = blocks.filter((b) => b.height > 0);
  const height = shown.reduce((sum, b) => sum + b.height, 0) + gap * Math.max(0, shown.length - 1);
  return {
    height,
    draw: (x, top) => {
      let y = top;
      for (const b of shown) {
        b.draw(x, y);
        y += b.height + gap;
      }
    },
  };
}

/** Blocks side by side at the given x offsets; as tall as the tallest. */
export function row(cells: readonly { readonly block: Block; readonly dx: number }[]): Block {
  return {
    height: Math.max(0, ...cells.map((c) => c.block.height)),
    draw: (x, top) => cells.forEach((c) => c.block.draw(x + c.dx, top)),
  };
}

/** A label in a column on the left and its value beside it: the case-data lists. */
export function labelled(
  ts: Typesetter,
  label: string,
  value: string,
  styles: { label: TextStyle; value: TextStyle },
  width: number,
  labelWidth: number,
): Block {
  const gutter = 10;
  return row([
    { block: text(ts, label, styles.label, labelWidth - gutter), dx: 0 },
    { block: text(ts, value, styles.value, width - labelWidth), dx: labelWidth },
  ]);
}

/** Space above or below a block. */
export function padded(block: Block, above: number, below = 0): Block {
  return { height: block.height + above + below, draw: (x, top) => block.draw(x, top + above) };
}

export interface BoxOptions {
  readonly padding: number;
  readonly fill?: string;
  readonly stroke?: string;
  readonly strokeWidth?: number;
}

/**
 * A block inside a frame. The content is built for the inner width (the caller's `inner` builder gets it), so the
 * frame always contains what is in it.
 */
export function boxed(ts: Typesetter, width: number, options: BoxOptions, inner: (innerWidth: number) => Block): Block {
  const content = inner(width - 2 * options.padding);
  const height = content.height + 2 * options.padding;
  return {
    height,
    draw: (x, top) => {
      const doc = ts.doc;
      doc.save();
      doc.lineWidth(options.strokeWidth ?? 0.6);
      doc.rect(x, top, width, height);
      if (options.fill && options.stroke) doc.fillAndStroke(options.fill, options.stroke);
      else if (options.fill) doc.fill(options.fill);
      else doc.stroke(options.stroke ?? COLOR.rule);
      doc.restore();
      content.draw(x + options.padding, top + options.padding);
    },
  };
}

/** A horizontal rule across `width`. */
export function rule(ts: Typesetter, width: number, color: string = COLOR.rule, lineWidth = 0.5): Block {
  return {
    height: lineWidth,
    draw: (x, top) => {
      ts.doc
        .save()
        .lineWidth(lineWidth)
        .moveTo(x, top)
        .lineTo(x + width, top)
        .stroke(color)
        .restore();
    },
  };
}
