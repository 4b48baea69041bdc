// Runs in: Node. Breaks text into lines that fit a width, given a way to measure. The documents lay out their own
// lines instead of letting PDFKit flow text, so that the layout knows, before drawing, how many lines a paragraph
// takes: that is what keeps a heading with its text, a signature block in one piece, and no line of a paragraph
// alone at the top or bottom of a page (widows and orphans). Greedy and deterministic; breaks only at spaces. A few
// tokens are glued to their neighbour ("$ 2.161.600,00", "Art. 92", "N.º 3", "09:30 h", "40 %") because a line that
// ends in "$" reads as a typing error in a court record. A word wider than the line (a pasted URL, a hostile run of
// letters) is cut between characters.

export type Measure = (text: string) => number;

export interface Line {
  readonly text: string;
  /** Natural width, in points. */
  readonly width: number;
  /** Last line of a paragraph or before a forced break: never justified. */
  readonly end: boolean;
}

/** Tokens that stay on the line of the token after them. */
const GLUE_NEXT = new Set(['$', 'ARS', 'Art.', 'Arts.', 'N.º', 'No.', 'Ord.', 'inc.', 'Ley', 'Expte.', 'DNI', 'CUIT', 'Sala']);
/** Tokens that stay on the line of the token before them, also when punctuation follows them ("02:40 h)."). */
const GLUE_PREVIOUS = /^(h|%|UEM|g\/L|dB|bis|ter|quater|×|=|—|–)[).,;:»]*$/;

/** Tokens of one forced line, joined into the units a break may not split. */
function units(line: string): string[] {
  const out: string[] = [];
  let glueNext = false;
  for (const token of line.split(' ')) {
    if (token === '') continue;
    if (out.length > 0 && (glueNext || GLUE_PREVIOUS.test(token))) out[out.length - 1] += ` ${token}`;
    else out.push(token);
    glueNext = GLUE_NEXT.has(token);
  }
  return out;
}

/** Cuts a unit wider than `width` into pieces that fit, measuring character by character (linear in its length). */
function cut(unit: string, width: number, measure: Measure): string[] {
  const pieces: string[] = [];
  let piece = '';
  let used = 0;
  for (const char of unit) {
    const w = measure(char);
    if (piece !== '' && used + w > width) {
      pieces.push(piece);
      piece = '';
      used = 0;
    }
    piece += char;
    used += w;
  }
  if (piece !== '') pieces.push(piece);
  return pieces;
}

export interface BreakOptions {
  readonly width: number;
  /** Extra indent of the paragraph's first line. */
  readonly firstIndent?: number;
}

/**
 * The lines of a text: "\n" forces a break, an empty line gives an empty line. Lines never exceed the width (a unit
 * that does not fit alone is cut), so nothing drawn can run into the margin or the next column.
 */
export function breakLines(text: string, measure: Measure, options: BreakOptions): Line[] {
  const space = measure(' ');
  const lines: Line[] = [];
  let first = true;
  for (const forced of text.split('\n')) {
    const parts = units(forced);
    if (parts.length === 0) {
      lines.push({ text: '', width: 0, end: true });
      first = false;
      continue;
    }
    let current = '';
    let used = 0;
    const limit = () => options.width - (first ? (options.firstIndent ?? 0) : 0);
    const flush = (end: boolean) => {
      lines.push({ text: current, width: used, end });
      current = '';
      used = 0;
      first = false;
    };
    for (const unit of parts) {
      const w = measure(unit);
      if (current !== '' && used + space + w <= limit()) {
        current += ` ${unit}`;
        used += space + w;
        continue;
      }
      if (current !== '') flush(false);
      if (w <= limit()) {
        current = unit;
        used = w;
        continue;
      }
      const pieces = cut(unit, limit(), measure);
      for (const [i, piece] of pieces.entries()) {
        current = piece;
        used = measure(piece);
        if (i < pieces.length - 1) flush(false);
      }
    }
    flush(true);
  }
  return lines;
}
