// Runs in: Node. Blocks: pieces of a page measured before they are drawn (a label and its value, a box, a row of
// signature blocks). The flow asks a block its height, moves to a new page if it does not fit, then draws it there —
// so a block is never cut by a page break, and nothing is drawn over anything else.
import { INK, type TextStyle } from './page.ts';
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
      else doc.stroke(options.stroke ?? INK.rule);
      doc.restore();
      content.draw(x + options.padding, top + options.padding);
    },
  };
}

/** A horizontal rule across `width`. */
export function rule(ts: Typesetter, width: number, color: string = INK.rule, lineWidth = 0.5): Block {
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

export interface Column {
  readonly header: string;
  readonly width: number;
  readonly align?: 'left' | 'right';
}

/**
 * A table's header row and body rows, each a block as wide as the columns with a rule under it (the header's
 * darker); `pad` is the space around a cell's text. The flow breaks a long table between its rows and repeats the header; a short one is kept whole (table).
 */
export function tableRows(
  ts: Typesetter,
  columns: readonly Column[],
  rows: readonly (readonly string[])[],
  styles: { readonly head: TextStyle; readonly cell: TextStyle },
  pad = 3,
): { head: Block; body: Block[] } {
  const total = columns.reduce((sum, c) => sum + c.width, 0);
  const cell = (content: string, style: TextStyle, column: Column) => {
    const aligned = column.align === 'right' ? { ...style, align: 'right' as const } : style;
    const w = column.width - 2 * pad;
    return { lines: ts.layout(content, aligned, w), style: aligned, width: w };
  };
  const rowBlock = (cells: ReturnType<typeof cell>[], ruleColor: string, ruleWidth: number): Block => {
    const height = Math.max(...cells.map((c) => c.lines.length * c.style.leading)) + 2 * pad;
    return {
      height,
      draw: (left, top) => {
        let x = left;
        cells.forEach((c, i) => {
          ts.drawLines(c.lines, c.style, x + pad, top + pad, c.width);
          x += columns[i]!.width;
        });
        ts.doc
          .save()
          .lineWidth(ruleWidth)
          .moveTo(left, top + height)
          .lineTo(left + total, top + height)
          .stroke(ruleColor)
          .restore();
      },
    };
  };
  // Every cell is laid out before anything is drawn, header first.
  const headCells = columns.map((c) => cell(c.header, styles.head, c));
  const bodyCells = rows.map((r) => columns.map((c, i) => cell(r[i] ?? '', styles.cell, c)));
  return { head: rowBlock(headCells, INK.rule, 0.7), body: bodyCells.map((cells) => rowBlock(cells, INK.faint, 0.4)) };
}

/** A short table kept whole: its header and its rows one under the other. */
export function table(
  ts: Typesetter,
  columns: readonly Column[],
  rows: readonly (readonly string[])[],
  styles: { readonly head: TextStyle; readonly cell: TextStyle },
  pad?: number,
): Block {
  const { head, body } = tableRows(ts, columns, rows, styles, pad);
  return stack([head, ...body]);
}
