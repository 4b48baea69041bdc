// The running text of a document, top to bottom, page after page. The flow owns the cursor and the page breaks:
// blocks are kept whole, headings are kept with the start of their section, a long paragraph is split between
// pages with at least two of its lines on each side (no widow, no orphan), and a table repeats its header on the
// page it continues on. Page furniture (header, footer, page numbers) is drawn afterwards over every page
// (furniture.ts), when the number of pages is known.
import type { Block } from './blocks.ts';
import type { Line } from './line-breaker.ts';
import { BODY, BODY_WIDTH, COLOR, SPACE, STYLE, type TextStyle } from './page.ts';
import type { Typesetter } from './typesetter.ts';

/** Lines of a paragraph kept together at the bottom (orphans) and at the top (widows) of a page. */
const MIN_LINES = 2;
/** What a heading keeps with it by default: room for a one-line introduction and the first lines after it. */
const HEADING_KEEP = (MIN_LINES + 2) * STYLE.body.leading;

export interface ParagraphOptions {
  /** Left indent of every line, from the body's left edge. */
  readonly indent?: number;
  /** Extra indent of the first line. */
  readonly firstIndent?: number;
}

export interface Column {
  readonly header: string;
  readonly width: number;
  readonly align?: 'left' | 'right';
}

export class Flow {
  y: number = BODY.top;
  private pageCount = 1;

  constructor(readonly ts: Typesetter) {}

  get pages(): number {
    return this.pageCount;
  }

  private get atTop(): boolean {
    return this.y <= BODY.top + 0.01;
  }

  private get room(): number {
    return BODY.bottom - this.y;
  }

  newPage(): void {
    this.ts.doc.addPage();
    this.pageCount++;
    this.y = BODY.top;
  }

  /** Moves to a new page unless `height` fits below the cursor (or the page is still empty: nothing fits better). */
  ensure(height: number): void {
    if (height > this.room && !this.atTop) this.newPage();
  }

  /** Vertical space; none at the top of a page, where it would only push the text down. */
  space(height: number): void {
    if (!this.atTop) this.y = Math.min(this.y + height, BODY.bottom);
  }

  /** A block kept whole: on this page if it fits, else on the next. */
  place(block: Block, indent = 0): void {
    this.ensure(block.height);
    block.draw(BODY.left + indent, this.y);
    this.y += block.height;
  }

  /**
   * A section heading, kept with what follows it: by default its first lines (HEADING_KEEP); `keep` is the height
   * of a block that must not be parted from it (a framed box, an intro and its box).
   */
  heading(text: string, keep: number = HEADING_KEEP): void {
    const lines = this.ts.layout(text, STYLE.heading, BODY_WIDTH);
    const height = lines.length * STYLE.heading.leading;
    this.space(SPACE.section);
    this.ensure(height + SPACE.afterHeading + keep);
    this.ts.drawLines(lines, STYLE.heading, BODY.left, this.y, BODY_WIDTH);
    this.y += height + SPACE.afterHeading;
  }

  /** Text that may run over pages, split with at least MIN_LINES lines on each side of a page break. */
  paragraph(content: string, style: TextStyle = STYLE.body, options: ParagraphOptions = {}): void {
    const indent = options.indent ?? 0;
    const width = BODY_WIDTH - indent;
    const lines = this.ts.layout(content, style, width, options.firstIndent ?? 0);
    this.lines(lines, style, BODY.left + indent, width, options.firstIndent ?? 0);
  }

  /** Long text in paragraphs (blank lines between them), each split across pages like `paragraph`. */
  paragraphs(content: string, style: TextStyle = STYLE.body, options: ParagraphOptions = {}): void {
    const parts = content
      .replace(/\r\n?/g, '\n')
      .split(/\n[ \t]*\n/)
      .map((p) => p.trim())
      .filter((p) => p !== '');
    parts.forEach((part, i) => {
      if (i > 0) this.space(SPACE.paragraph);
      this.paragraph(part, style, options);
    });
  }

  private lines(lines: readonly Line[], style: TextStyle, x: number, width: number, firstIndent: number): void {
    let i = 0;
    while (i < lines.length) {
      const fits = Math.floor((this.room + 0.01) / style.leading);
      const left = lines.length - i;
      let take = Math.min(fits, left);
      if (take < left) {
        if (left - take < MIN_LINES) take = left - MIN_LINES; // leave no widow on the next page
        if (take < MIN_LINES && !this.atTop) {
          this.newPage(); // leave no orphan on this one
          continue;
        }
        take = Math.max(take, 1);
      }
      const slice = lines.slice(i, i + take);
      this.ts.drawLines(slice, style, x, this.y, width, i === 0 ? firstIndent : 0);
      this.y += take * style.leading;
      i += take;
      if (i < lines.length) this.newPage();
    }
  }

  /**
   * A table: a header row, then rows kept whole; on a page break the header is drawn again, so a row is never read
   * without knowing its columns.
   */
  table(columns: readonly Column[], rows: readonly (readonly string[])[], indent = 0): void {
    const pad = 3;
    const cell = (content: string, style: TextStyle, column: Column) => {
      const aligned = column.align === 'right' ? { ...style, align: 'right' as const } : style;
      const w = column.width - 2 * pad;
      return { lines: this.ts.layout(content, aligned, w), style: aligned, width: w };
    };
    const measureRow = (cells: ReturnType<typeof cell>[]) => Math.max(...cells.map((c) => c.lines.length * c.style.leading)) + 2 * pad;
    const drawRow = (cells: ReturnType<typeof cell>[], height: number, ruleColor: string, ruleWidth: number) => {
      let x = BODY.left + indent;
      cells.forEach((c, i) => {
        this.ts.drawLines(c.lines, c.style, x + pad, this.y + pad, c.width);
        x += columns[i]!.width;
      });
      this.y += height;
      const total = columns.reduce((sum, c) => sum + c.width, 0);
      this.ts.doc
        .save()
        .lineWidth(ruleWidth)
        .moveTo(BODY.left + indent, this.y)
        .lineTo(BODY.left + indent + total, this.y)
        .stroke(ruleColor)
        .restore();
    };
    const head = columns.map((c) => cell(c.header, STYLE.tableHead, c));
    const headHeight = measureRow(head);
    const body = rows.map((r) => columns.map((c, i) => cell(r[i] ?? '', STYLE.tableCell, c)));
    const drawHead = () => drawRow(head, headHeight, COLOR.rule, 0.7);

    this.ensure(headHeight + (body[0] ? measureRow(body[0]) : 0));
    drawHead();
    for (const cells of body) {
      const height = measureRow(cells);
      if (height > this.room) {
        this.newPage();
        drawHead();
      }
      drawRow(cells, height, COLOR.faint, 0.4);
    }
  }
}
