// What every page carries, drawn once the body is laid out and the number of pages is known (the document buffers
// its pages): the court in the header and the case number beside it — a loose page of a court file must say which
// file it belongs to —, the document's name and "Página N de M" in the footer, and, on a draft, a red stamp up the
// left margin and a red line in the footer that no photocopy can lose. The stamp runs up the margin rather than
// diagonally across the text: a diagonal watermark is drawn between the lines of the text, and whoever copies or
// extracts the text of a draft gets its letters scattered through the record.
import { A4, type TextStyle } from '../../../pdf/page.ts';
import type { Typesetter } from '../../../pdf/typesetter.ts';
import { BODY, COLOR, FONT, FOOTER, HEADER } from './page.ts';

export interface Furniture {
  /** "Municipalidad de Córdoba" / "Tribunal Administrativo Municipal de Faltas" above the court's own name. */
  readonly institution: readonly [string, string];
  readonly court: string;
  readonly caseLabel: string;
  readonly caseNumber: string;
  /** The document's short name, left in the footer. */
  readonly title: string;
  readonly pageLabel: (page: number, pages: number) => string;
  /** Set on unsigned documents: the footer line and the margin stamp. */
  readonly draft?: { readonly footer: string; readonly watermark: string };
}

const small = (font: string, size: number, color: string = COLOR.muted, align: TextStyle['align'] = 'left'): TextStyle => ({
  font,
  size,
  leading: size * 1.3,
  color,
  align,
});

const INSTITUTION = small(FONT.sans, 7.5);
const COURT = small(FONT.sansBold, 9, COLOR.text);
const CASE_LABEL = small(FONT.sans, 7.5, COLOR.muted, 'right');
const CASE_NUMBER = small(FONT.sansBold, 11, COLOR.text, 'right');
const FOOT = small(FONT.sans, 8);
const FOOT_RIGHT = small(FONT.sans, 8, COLOR.muted, 'right');
const FOOT_DRAFT = small(FONT.sansBold, 8, COLOR.draft, 'center');
const WATERMARK = small(FONT.sansBold, 16, COLOR.draft, 'center');

/** Width kept for the case number at the right of the header; the court's name wraps before it. */
const CASE_COLUMN = 150;

function rule(ts: Typesetter, y: number): void {
  ts.doc.save().lineWidth(0.6).moveTo(BODY.left, y).lineTo(BODY.right, y).stroke(COLOR.rule).restore();
}

function header(ts: Typesetter, f: Furniture): void {
  const left = BODY.right - BODY.left - CASE_COLUMN;
  let y = HEADER.top;
  for (const line of f.institution) {
    ts.single(line.toLocaleUpperCase('es-AR'), INSTITUTION, BODY.left, y, left);
    y += INSTITUTION.leading;
  }
  // The court's name may be long; it wraps in its column and never reaches the case number.
  const lines = ts.layout(f.court, COURT, left - 10).slice(0, 2);
  ts.drawLines(lines, COURT, BODY.left, y, left - 10);
  ts.single(f.caseLabel.toLocaleUpperCase('es-AR'), CASE_LABEL, BODY.right - CASE_COLUMN, HEADER.top, CASE_COLUMN);
  ts.single(f.caseNumber, CASE_NUMBER, BODY.right - CASE_COLUMN, HEADER.top + CASE_LABEL.leading, CASE_COLUMN);
  rule(ts, HEADER.rule);
}

function footer(ts: Typesetter, f: Furniture, page: number, pages: number): void {
  rule(ts, FOOTER.rule);
  const width = BODY.right - BODY.left;
  ts.single(`${f.title} · ${f.caseNumber}`, FOOT, BODY.left, FOOTER.text, width);
  ts.single(f.pageLabel(page, pages), FOOT_RIGHT, BODY.left, FOOTER.text, width);
  // On a line of its own: beside the title it could run into it.
  if (f.draft) ts.single(f.draft.footer, FOOT_DRAFT, BODY.left, FOOTER.text + FOOT.leading + 1, width);
}

/** Up the left margin, beside the text: seen at a glance, and the text beside it stays whole and readable. */
function watermark(ts: Typesetter, text: string): void {
  const doc = ts.doc;
  const x = BODY.left / 2;
  const y = A4.height / 2;
  doc.save();
  doc.rotate(-90, { origin: [x, y] });
  ts.single(text, WATERMARK, x - 300, y - WATERMARK.leading / 2, 600);
  doc.restore();
}

/** Draws the furniture on every buffered page. */
export function drawFurniture(ts: Typesetter, f: Furniture): void {
  const { start, count } = ts.doc.bufferedPageRange();
  for (let i = 0; i < count; i++) {
    ts.doc.switchToPage(start + i);
    header(ts, f);
    footer(ts, f, i + 1, count);
    if (f.draft) watermark(ts, f.draft.watermark);
  }
}
