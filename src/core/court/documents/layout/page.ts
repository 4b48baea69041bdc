// The page of every court document: A4, with the margins of a written filing (2.5 cm on the binding side), a header
// band for the court and the case number, a footer band for the page number. All in PDF points (1/72 in).
// The type: Times for the text (a court record reads as one), Helvetica for the page furniture, so the repeated
// header and footer never look like part of the record.

export const A4 = { width: 595.28, height: 841.89 } as const;

const MM = 72 / 25.4;

/** Where the running text may go; header and footer are drawn outside it. */
export const BODY = {
  left: 25 * MM,
  right: A4.width - 20 * MM,
  top: 36 * MM,
  bottom: A4.height - 24 * MM,
} as const;
export const BODY_WIDTH = BODY.right - BODY.left;

/** The header band: two lines of institution, the court's name, and a rule under them. */
export const HEADER = { top: 13 * MM, rule: 29 * MM } as const;
/** The footer band: a rule and one line under it. */
export const FOOTER = { rule: A4.height - 18 * MM, text: A4.height - 16 * MM } as const;

export const FONT = {
  serif: 'Times-Roman',
  serifBold: 'Times-Bold',
  serifItalic: 'Times-Italic',
  sans: 'Helvetica',
  sansBold: 'Helvetica-Bold',
} as const;

export const COLOR = {
  text: '#111111',
  muted: '#555555',
  rule: '#8a8a8a',
  faint: '#c8c8c8',
  boxFill: '#f3f3f1',
  draft: '#b00020',
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

const style = (font: string, size: number, leading: number, align: Align = 'left', color: string = COLOR.text): TextStyle => ({
  font,
  size,
  leading,
  color,
  align,
});

export const STYLE = {
  body: style(FONT.serif, 11, 15, 'justify'),
  bodyLeft: style(FONT.serif, 11, 15),
  /** The statement and the acta's description: the words of someone else, set apart by indentation. */
  quote: style(FONT.serif, 10.5, 14.2, 'justify'),
  label: style(FONT.serifBold, 10.5, 15),
  value: style(FONT.serif, 11, 15),
  heading: style(FONT.serifBold, 11.5, 16),
  title: style(FONT.serifBold, 17, 21, 'center'),
  subtitle: style(FONT.serif, 12.5, 17, 'center'),
  caseLine: style(FONT.serifBold, 11.5, 16, 'center'),
  tableHead: style(FONT.serifBold, 9.5, 12.5),
  tableCell: style(FONT.serif, 10, 13),
  small: style(FONT.serif, 9.5, 12.5, 'left', COLOR.muted),
  signatureName: style(FONT.serifBold, 10.5, 13.5, 'center'),
  signatureRole: style(FONT.serif, 9.5, 12.5, 'center'),
  signatureState: style(FONT.sansBold, 7.5, 10, 'center'),
  notice: style(FONT.serifBold, 10.5, 14, 'left', COLOR.draft),
} as const;

/** Vertical rhythm between blocks. */
export const SPACE = {
  paragraph: 5,
  section: 13,
  afterHeading: 5,
  afterTitle: 14,
} as const;
