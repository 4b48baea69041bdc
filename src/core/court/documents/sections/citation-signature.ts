// The end of the cédula: place and date, the clerk's signature block (signed, or a red draft notice), and — when the
// cédula is handed over in person — the receipt the offender signs, with lines to fill in by hand.
import type { CitationDocument } from '../../../../shared/court/documents/citation.ts';
import { boxed, padded, row, rule, stack, text, type Block } from '../../../pdf/blocks.ts';
import { BODY_WIDTH, COLOR, SPACE, STYLE } from '../layout/page.ts';
import { draftNotice, signatureRow } from './common.ts';
import type { Context } from './context.ts';

/** A label followed by a line to write on, `width` wide. */
function fillIn(ctx: Context, label: string, width: number): Block {
  const labelWidth = ctx.ts.measure(STYLE.label)(label) + 6;
  const height = 24;
  const lineBlock: Block = { height, draw: (x, top) => rule(ctx.ts, width - labelWidth, COLOR.text, 0.5).draw(x, top + height - 5) };
  return row([
    { block: padded(text(ctx.ts, label, STYLE.label, labelWidth + 2), height - STYLE.label.leading - 1), dx: 0 },
    { block: lineBlock, dx: labelWidth },
  ]);
}

function receipt(ctx: Context): Block {
  const { t, ts } = ctx;
  return boxed(ts, BODY_WIDTH, { padding: 10, stroke: COLOR.rule }, (w) => {
    const half = (w - 20) / 2;
    const pair = (a: string, b: string) =>
      row([
        { block: fillIn(ctx, a, half), dx: 0 },
        { block: fillIn(ctx, b, half), dx: half + 20 },
      ]);
    return stack([
      text(ts, t('citation.receipt.title').toLocaleUpperCase(ctx.language), STYLE.label, w),
      text(ts, t('citation.receipt.text'), STYLE.bodyLeft, w),
      pair(t('citation.receipt.signature'), t('citation.receipt.name')),
      pair(t('citation.receipt.dni'), t('citation.receipt.date')),
    ]);
  });
}

/**
 * The last section and the signature: `last` (the warnings) is kept on the page of the place, date and signature —
 * a signature on a page of its own, under no text of the cédula, certifies nothing.
 */
export function signature(ctx: Context, doc: CitationDocument, last: Block): void {
  const { t, fmt, ts, flow } = ctx;
  const s = doc.signature;
  const place = text(ts, t('common.place', { date: fmt.dateLong(doc.issuedAt) }), { ...STYLE.bodyLeft, align: 'right' }, BODY_WIDTH);
  const clerk = signatureRow(
    ctx,
    [
      {
        name: doc.clerk.fullName,
        role: `${doc.clerk.title}\n${doc.court.name}`,
        ...(s.status === 'signed'
          ? { state: t('common.signedAt', { date: fmt.dateShort(s.signedAt), time: fmt.time(s.signedAt) }), signed: true }
          : { state: t('common.unsigned'), signed: false }),
      },
    ],
    2,
  );
  flow.space(SPACE.section);
  flow.place(
    stack([last, padded(place, SPACE.section), padded(clerk, 4), ...(s.status === 'draft' ? [padded(draftNotice(ctx), 12)] : [])]),
  );
  if (doc.delivery === 'in_person') {
    flow.space(SPACE.section + 6);
    flow.place(receipt(ctx));
  }
}
