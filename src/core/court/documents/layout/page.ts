// The page of every court document: A4, with the margins of a written filing (2.5 cm on the binding side), a header
// band for the court and the case number, a footer band for the page number. Stated in millimetres, used in PDF
// points (1/72 in).
// The type: Times for the text (a court record reads as one), Helvetica for the page furniture, so the repeated
// header and footer never look like part of the record.
import type { FlowLayout } from '../../../pdf/flow.ts';
import type { PdfPage } from '../../../pdf/pdf.ts';
import { INK, STANDARD_FONT, pageGeometry, textStyle as style } from '../../../pdf/page.ts';

const PAGE = pageGeometry({
  left: 25,
  right: 20,
  top: 36,
  bottom: 24,
  // The header band: two lines of institution, the court's name, and a rule under them.
  header: { top: 13, rule: 29 },
  // The footer band: a rule and one line under it.
  footer: { rule: 18, text: 16 },
});

/** Where the running text may go; header and footer are drawn outside it. */
export const BODY = PAGE.frame;
export const BODY_WIDTH = PAGE.width;
export const HEADER = PAGE.header;
export const FOOTER = PAGE.footer;

export const FONT = STANDARD_FONT;

export const COLOR = {
  ...INK,
  boxFill: '#f3f3f1',
  draft: '#b00020',
} as const;

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

/** The running text of a court document, as the shared flow lays it out. */
export const COURT_FLOW: FlowLayout = { frame: BODY, styles: STYLE, space: SPACE };
export const COURT_PAGE: PdfPage = { frame: BODY, font: FONT.serif };
