// Runs in: Node. The monthly report's page: A4 with 2 cm margins, a header band (the municipality, the program and
// the month), a footer band tall enough for the observational caveat and the page number. Helvetica throughout: a
// report for the press reads as a report, not as a court record. The colours of the charts are the Okabe–Ito
// palette's blue and orange, told apart by people with any common colour-vision deficiency, and the report's month
// is also told apart in words (the table, the labels), never by colour alone.
import type { FlowLayout } from '../pdf/flow.ts';
import type { PdfPage } from '../pdf/pdf.ts';
import { INK, STANDARD_FONT as FONT, pageGeometry, textStyle as style } from '../pdf/page.ts';

const PAGE = pageGeometry({
  left: 20,
  right: 20,
  top: 29,
  bottom: 27,
  // The header band: one line of institution and month, and a rule under it.
  header: { top: 13, rule: 21 },
  // The footer band: a rule, then the caveat (up to two lines) and the page number beside it.
  footer: { rule: 23, text: 21.5 },
});

export const FRAME = PAGE.frame;
export const WIDTH = PAGE.width;
export const HEADER = PAGE.header;
export const FOOTER = PAGE.footer;

export const COLOR = {
  ...INK,
  /** Okabe–Ito blue: every bar. */
  bar: '#0072B2',
  /** Okabe–Ito orange: the report's own month among the twelve. */
  highlight: '#E69F00',
  grid: '#dedede',
  accent: '#005A8C',
  boxFill: '#eef4f9',
} as const;

export const STYLE = {
  title: style(FONT.sansBold, 20, 24),
  subtitle: style(FONT.sans, 15, 19, 'left', COLOR.accent),
  label: style(FONT.sansBold, 7.5, 12, 'left', COLOR.muted),
  body: style(FONT.sans, 9.5, 13),
  bodyBold: style(FONT.sansBold, 9.5, 13),
  small: style(FONT.sans, 8.5, 11.5, 'left', COLOR.muted),
  heading: style(FONT.sansBold, 12, 16),
  sectionTitle: style(FONT.sansBold, 14, 18, 'left', COLOR.accent),
  figure: style(FONT.sansBold, 34, 38, 'left', COLOR.accent),
  value: style(FONT.sansBold, 11, 15),
  caption: style(FONT.sansBold, 8, 11),
  axis: style(FONT.sans, 6.5, 8),
  axisRight: style(FONT.sans, 6.5, 8, 'right'),
  axisCenter: style(FONT.sans, 6.5, 8, 'center'),
  tableHead: style(FONT.sansBold, 7.5, 9.5),
  tableCell: style(FONT.sans, 8, 10),
} as const;

export const SPACE = {
  paragraph: 4,
  section: 16,
  afterHeading: 4,
  block: 8,
} as const;

export const REPORT_FLOW: FlowLayout = { frame: FRAME, styles: STYLE, space: SPACE };
export const REPORT_PAGE: PdfPage = { frame: FRAME, font: FONT.sans };
