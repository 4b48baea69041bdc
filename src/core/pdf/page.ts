// Runs in: Node. What every printed document of the console shares about its page: A4 in PDF points (1/72 in),
// the frame its running text stays in with the header and footer bands around it, text styles, and the PDF
// standard fonts (nothing to embed: see win-ansi.ts). Each document kind sets its own margins, bands and styles
// from these (the court documents in
// court/documents/layout/page.ts, the monthly report in insights-report/layout.ts).

export const A4 = { width: 595.28, height: 841.89 } as const;

/** Points per millimetre. */
export const MM = 72 / 25.4;

/** Where the running text of a page may go; the page furniture is drawn outside it. */
export interface Frame {
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

/** A document's page in millimetres from the page's edges: the frame's margins, the header band measured from the
 *  top edge, the footer band from the bottom edge — the way a designer states them. */
export interface PageMargins {
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
  readonly header: { readonly top: number; readonly rule: number };
  readonly footer: { readonly rule: number; readonly text: number };
}

/** The same page in points from the top-left corner, where the drawing code wants it. */
export interface PageGeometry {
  readonly frame: Frame;
  /** The frame's width: the measure of the running text. */
  readonly width: number;
  /** Where the header's first line sits and the rule under the header. */
  readonly header: { readonly top: number; readonly rule: number };
  /** The rule over the footer and where the footer's first line sits. */
  readonly footer: { readonly rule: number; readonly text: number };
}

export function pageGeometry(mm: PageMargins): PageGeometry {
  const frame = {
    left: mm.left * MM,
    right: A4.width - mm.right * MM,
    top: mm.top * MM,
    bottom: A4.height - mm.bottom * MM,
  };
  return {
    frame,
    width: frame.right - frame.left,
    header: { top: mm.header.top * MM, rule: mm.header.rule * MM },
    footer: { rule: A4.height - mm.footer.rule * MM, text: A4.height - mm.footer.text * MM },
  };
}

export const STANDARD_FONT = {
  serif: 'Times-Roman',
  serifBold: 'Times-Bold',
  serifItalic: 'Times-Italic',
  sans: 'Helvetica',
  sansBold: 'Helvetica-Bold',
} as const;

/** The greys of text and rules every document uses. */
export const INK = {
  text: '#111111',
  muted: '#555555',
  rule: '#8a8a8a',
  faint: '#c8c8c8',
} as const;

export type Align = 'left' | 'justify' | 'center' | 'right';

export interface TextStyle {
  readonly font: string;
  readonly size: number;
  /** Baseline to baseline, in points. */
  readonly leading: number;
  readonly color: string;
  readonly align: Align;
}

export const textStyle = (font: string, size: number, leading: number, align: Align = 'left', color: string = INK.text): TextStyle => ({
  font,
  size,
  leading,
  color,
  align,
});
