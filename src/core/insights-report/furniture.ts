// Runs in: Node. What every page of the report carries, drawn once the pages are laid out and counted: the
// municipality and the program on the left of the header and the report's month on the right — a page handed out
// alone still says what it is —, and in the footer the observational caveat and "Página N de M".
import type { Typesetter } from '../pdf/typesetter.ts';
import { STANDARD_FONT as FONT, textStyle as style } from '../pdf/page.ts';
import { COLOR, FOOTER, FRAME, HEADER, WIDTH } from './layout.ts';

export interface ReportFurniture {
  /** "MUNICIPALIDAD DE CÓRDOBA · PROGRAMA DE CONVIVENCIA". */
  readonly institution: string;
  /** "Informe mensual · marzo de 2026". */
  readonly title: string;
  readonly caveat: string;
  readonly pageLabel: (page: number, pages: number) => string;
}

const INSTITUTION = style(FONT.sansBold, 7.5, 10, 'left', COLOR.muted);
const TITLE = style(FONT.sansBold, 8.5, 10, 'right', COLOR.accent);
const CAVEAT = style(FONT.sans, 7, 9, 'left', COLOR.muted);
const PAGE = style(FONT.sans, 7.5, 9, 'right', COLOR.muted);

/** Width kept for "Página N de M" at the right of the footer; the caveat wraps before it. */
const PAGE_COLUMN = 80;

function rule(ts: Typesetter, y: number, color: string, width: number): void {
  ts.doc.save().lineWidth(width).moveTo(FRAME.left, y).lineTo(FRAME.right, y).stroke(color).restore();
}

/** Draws the furniture on every buffered page. */
export function drawReportFurniture(ts: Typesetter, f: ReportFurniture): void {
  const caveat = ts.layout(f.caveat, CAVEAT, WIDTH - PAGE_COLUMN).slice(0, 2);
  const { start, count } = ts.doc.bufferedPageRange();
  for (let i = 0; i < count; i++) {
    ts.doc.switchToPage(start + i);
    ts.single(f.institution, INSTITUTION, FRAME.left, HEADER.top, WIDTH / 2);
    ts.single(f.title, TITLE, FRAME.left + WIDTH / 2, HEADER.top, WIDTH / 2);
    rule(ts, HEADER.rule, COLOR.accent, 0.8);
    rule(ts, FOOTER.rule, COLOR.rule, 0.5);
    ts.drawLines(caveat, CAVEAT, FRAME.left, FOOTER.text, WIDTH - PAGE_COLUMN);
    ts.single(f.pageLabel(i + 1, count), PAGE, FRAME.right - PAGE_COLUMN, FOOTER.text, PAGE_COLUMN);
  }
}
