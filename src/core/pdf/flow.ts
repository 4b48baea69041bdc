// Runs in: Node. The running text of a document, top to bottom, page after page. The flow owns the cursor and the
// page breaks: blocks are kept whole, headings are kept with the start of their section, a long paragraph is split
// between pages with at least two of its lines on each side (no widow, no orphan), and a table repeats its header
// on the page it continues on. Page furniture (header, footer, page numbers) is drawn afterwards over every page by
// each document kind, when the number of pages is known.
import { tableRows, type Block, type Column } from './blocks.ts';
import type { Line } from './line-breaker.ts';
import type { Frame, TextStyle } from './page.ts';
import type { Typesetter } from './typesetter.ts';

/** Lines of a paragraph kept together at the bottom (orphans) and at the top (widows) of a page. */
const MIN_LINES = 2;

/** A document kind's page frame, the styles of its running text and its vertical rhythm. */
export interface FlowLayout {
  readonly frame: Frame;
  readonly styles: {
    readonly body: TextStyle;
    readonly heading: TextStyle;
    readonly tableHead: TextStyle;
    readonly tableCell: TextStyle;
  };
  readonly space: { readonly paragraph: number; readonly section: number; readonly afterHeading: number };
}

export interface ParagraphOptions {
  /** Left indent of every line, from the body's left edge. */
  readonly indent?: number;
  /** Extra indent of the first line. */
  readonly firstIndent?: number;
}

export class Flow {
  y: number;
  private pageCount = 1;
  private readonly frame: Frame;
  private readonly width: number;
  /** What a heading keeps with it by default: room for a one-line introduction and the first lines after it. */
  private readonly headingKeep: number;

  constructor(
    readonly ts: Typesetter,
    private readonly layout: FlowLayout,
  ) {
    this.frame = layout.frame;
    this.width = layout.frame.right - layout.frame.left;
    this.headingKeep = (MIN_LINES + 2) * layout.styles.body.leading;
    this.y = layout.frame.top;
  }

  get pages(): number {
    return this.pageCount;
  }

  private get atTop(): boolean {
    return this.y <= this.frame.top + 0.01;
  }

  private get room(): number {
    return this.frame.bottom - this.y;
  }

  newPage(): void {
    this.ts.doc.addPage();
    this.pageCount++;
    this.y = this.frame.top;
  }

  /** Moves to a new page unless `height` fits below the cursor (or the page is still empty: nothing fits better). */
  ensure(height: number): void {
    if (height > this.room && !this.atTop) this.newPage();
  }

  /** Vertical space; none at the top of a page, where it would only push the text down. */
  space(height: number): void {
    if (!this.atTop) this.y = Math.min(this.y + height, this.frame.bottom);
  }

  /** A block kept whole: on this page if it fits, else on the next. */
  place(block: Block, indent = 0): void {
    this.ensure(block.height);
    block.draw(this.frame.left + indent, this.y);
    this.y += block.height;
  }

  /**
   * A section heading, kept with what follows it: by default its first lines (headingKeep); `keep` is the height
   * of a block that must not be parted from it (a framed box, an intro and its box).
   */
  heading(text: string, keep: number = this.headingKeep): void {
    const { styles, space } = this.layout;
    const lines = this.ts.layout(text, styles.heading, this.width);
    const height = lines.length * styles.heading.leading;
    this.space(space.section);
    this.ensure(height + space.afterHeading + keep);
    this.ts.drawLines(lines, styles.heading, this.frame.left, this.y, this.width);
    this.y += height + space.afterHeading;
  }

  /** Text that may run over pages, split with at least MIN_LINES lines on each side of a page break. */
  paragraph(content: string, style: TextStyle = this.layout.styles.body, options: ParagraphOptions = {}): void {
    const indent = options.indent ?? 0;
    const width = this.width - indent;
    const lines = this.ts.layout(content, style, width, options.firstIndent ?? 0);
    this.lines(lines, style, this.frame.left + indent, width, options.firstIndent ?? 0);
  }

  /** Long text in paragraphs (blank lines between them), each split across pages like `paragraph`. */
  paragraphs(content: string, style: TextStyle = this.layout.styles.body, options: ParagraphOptions = {}): void {
    const parts = content
      .replace(/\r\n?/g, '\n')
      .split(/\n[ \t]*\n/)
      .map((p) => p.trim())
      .filter((p) => p !== '');
    parts.forEach((part, i) => {
      if (i > 0) this.space(this.layout.space.paragraph);
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
    const { tableHead, tableCell } = this.layout.styles;
    const { head, body } = tableRows(this.ts, columns, rows, { head: tableHead, cell: tableCell });
    const draw = (block: Block) => {
      block.draw(this.frame.left + indent, this.y);
      this.y += block.height;
    };
    this.ensure(head.height + (body[0]?.height ?? 0));
    draw(head);
    for (const row of body) {
      if (row.height > this.room) {
        this.newPage();
        draw(head);
      }
      draw(row);
    }
  }
}
