// Sections and pieces both documents print: the title on the first page, a list of labelled values, numbered
// items with a hanging number, the acta's facts, signature blocks, and the draft notice.
import type { ActaFacts, LegalCitation } from '../../../../shared/court/documents/fields.ts';
import { boxed, EMPTY, labelled, padded, row, rule, stack, text, type Block } from '../../../pdf/blocks.ts';
import { BODY_WIDTH, COLOR, SPACE, STYLE } from '../layout/page.ts';
import type { TextStyle } from '../../../pdf/page.ts';
import type { Context } from './context.ts';

/** Width of the label column in the documents' label–value lists. */
export const LABEL_WIDTH = 150;
/** The statement and the acta's description are set in from the left, as quoted words. */
export const QUOTE_INDENT = 18;

/** The document's title, centred, with the case number under it. */
export function titleBlock(ctx: Context, title: string, subtitle: string | undefined, caseLine: string): void {
  const { ts, flow } = ctx;
  flow.place(
    stack([
      text(ts, title.toLocaleUpperCase(ctx.language), STYLE.title, BODY_WIDTH),
      subtitle ? text(ts, subtitle.toLocaleUpperCase(ctx.language), STYLE.subtitle, BODY_WIDTH) : EMPTY,
      padded(text(ts, caseLine, STYLE.caseLine, BODY_WIDTH), 6),
    ]),
  );
  flow.space(SPACE.afterTitle);
}

/** Label–value rows, each kept whole. */
export function labelledRows(ctx: Context, rows: readonly (readonly [string, string])[], labelWidth = LABEL_WIDTH): void {
  for (const [label, value] of rows) {
    ctx.flow.place(padded(labelled(ctx.ts, label, value, { label: STYLE.label, value: STYLE.value }, BODY_WIDTH, labelWidth), 1, 1));
  }
}

/** An item with its marker ("1.", "I.", "•") hanging in the left column, the text wrapped beside it. */
export function item(
  ctx: Context,
  marker: string,
  content: string,
  options: { indent?: number; markerWidth?: number; style?: TextStyle } = {},
): Block {
  const indent = options.indent ?? 0;
  const markerWidth = options.markerWidth ?? 22;
  const style = options.style ?? STYLE.body;
  const width = BODY_WIDTH - indent - markerWidth;
  return row([
    { block: text(ctx.ts, marker, { ...style, align: 'left' }, markerWidth), dx: indent },
    { block: text(ctx.ts, content, style, width), dx: indent + markerWidth },
  ]);
}

/** Items of a list (ragged right: a list is scanned, not read as prose), each kept whole. */
export function listItems(
  ctx: Context,
  entries: readonly string[],
  marker: (i: number) => string = (i) => `${i + 1}.`,
  indent = 0,
): Block[] {
  return entries.map((entry, i) => padded(item(ctx, marker(i), entry, { indent, style: STYLE.bodyLeft }), i > 0 ? 2 : 0));
}

/** A numbered (or bulleted) list, each item kept whole. */
export function numbered(ctx: Context, entries: readonly string[], marker?: (i: number) => string, indent = 0): void {
  for (const block of listItems(ctx, entries, marker, indent)) ctx.flow.place(block);
}

/** Roman numerals for the points of a resolution (I., II., …), as courts number them. */
export function roman(n: number): string {
  const table: [number, string][] = [
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let out = '';
  let rest = n;
  for (const [value, letters] of table) {
    while (rest >= value) {
      out += letters;
      rest -= value;
    }
  }
  return out;
}

/** Every article cited, one per line. */
export function citations(ctx: Context, list: readonly LegalCitation[], indent = 0): void {
  numbered(
    ctx,
    list.map((c) => ctx.fmt.citation(c)),
    () => '•',
    indent,
  );
}

/** The promoter's description of the facts, quoted, and the articles the acta cites. */
export function actaFacts(ctx: Context, acta: ActaFacts, intro: string, legalBasisLabel: string): void {
  const { flow } = ctx;
  flow.paragraph(intro, STYLE.body);
  flow.space(SPACE.paragraph);
  flow.paragraphs(acta.description, STYLE.quote, { indent: QUOTE_INDENT });
  flow.space(SPACE.paragraph + 2);
  flow.place(text(ctx.ts, legalBasisLabel, STYLE.label, BODY_WIDTH));
  citations(ctx, acta.legalBasis, QUOTE_INDENT);
}

export interface SignatureSpec {
  readonly name: string;
  readonly role: string;
  /** "FIRMADO el …", "Sin firma", "Se negó a firmar". */
  readonly state: string;
  readonly signed: boolean;
}

/**
 * Signature blocks side by side: room to sign, a line, the name, the role, and whether and when it was signed. The
 * page width is divided into `slots` columns (by default one per block); the blocks take the last ones, so a single
 * signature sits on the right, where a signature is looked for.
 */
export function signatureRow(ctx: Context, specs: readonly SignatureSpec[], slots = specs.length): Block {
  const gap = 18;
  const width = (BODY_WIDTH - gap * (slots - 1)) / slots;
  const first = slots - specs.length;
  const lineWidth = width - 16;
  const parts = specs.map((s) => ({
    name: text(ctx.ts, s.name, STYLE.signatureName, width),
    role: text(ctx.ts, s.role, STYLE.signatureRole, width),
    state: text(ctx.ts, s.state, { ...STYLE.signatureState, color: s.signed ? COLOR.text : COLOR.draft }, width),
  }));
  // Names, roles and states each start at the same height in every block, whatever wraps in one of them.
  const tallest = (key: 'name' | 'role') => Math.max(...parts.map((p) => p[key].height));
  const [nameHeight, roleHeight] = [tallest('name'), tallest('role')];
  const blocks = parts.map((p) =>
    stack([
      padded({ height: 0.6, draw: (x, top) => rule(ctx.ts, lineWidth, COLOR.text, 0.6).draw(x + 8, top) }, 40, 3),
      padded(p.name, 0, nameHeight - p.name.height),
      padded(p.role, 0, roleHeight - p.role.height),
      padded(p.state, 3),
    ]),
  );
  return row(blocks.map((block, i) => ({ block, dx: (first + i) * (width + gap) })));
}

/** The red, framed "draft — not signed" notice above the signatures of an unsigned document. */
export function draftNotice(ctx: Context): Block {
  return boxed(ctx.ts, BODY_WIDTH, { padding: 8, stroke: COLOR.draft, strokeWidth: 1.2 }, (w) =>
    text(ctx.ts, ctx.t('common.draftNotice'), STYLE.notice, w),
  );
}
