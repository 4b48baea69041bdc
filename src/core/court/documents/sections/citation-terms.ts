// The terms running for the offender: the voluntary payment with its discount while it applies (the fine as
// UEM × value, the discounted amount and the last day, framed), the defence deadline and the ways to file it, and
// the warnings every cédula carries.
import type { CitationDocument } from '../../../../shared/court/documents/citation.ts';
import { boxed, labelled, stack, text, type Block } from '../../../pdf/blocks.ts';
import { BODY_WIDTH, COLOR, SPACE, STYLE } from '../layout/page.ts';
import { LABEL_WIDTH, listItems, numbered } from './common.ts';
import type { Context } from './context.ts';

export function payment(ctx: Context, doc: CitationDocument): void {
  const { t, fmt, ts, flow } = ctx;
  const offer = doc.voluntaryPayment;
  if (!offer) {
    ctx.section(t('citation.section.payment'));
    flow.paragraph(t('citation.paymentNone'));
    return;
  }
  const pct = fmt.percent(offer.discountPct);
  const deadline = fmt.dayLong(offer.deadline);
  const intro = text(
    ts,
    t('citation.paymentOffer', {
      deadline,
      pct,
      discounted: fmt.money(offer.discountedAmountCents),
      amount: fmt.money(offer.fine.amountCents),
    }),
    STYLE.body,
    BODY_WIDTH,
  );
  const strong = { label: STYLE.label, value: { ...STYLE.value, font: STYLE.label.font } };
  const plain = { label: STYLE.label, value: STYLE.value };
  const box = boxed(ts, BODY_WIDTH, { padding: 9, fill: COLOR.boxFill, stroke: COLOR.rule }, (w) =>
    stack(
      [
        labelled(
          ts,
          t('citation.paymentDetail'),
          t('citation.paymentDetailValue', {
            uem: fmt.uem(offer.fine.uem),
            uemValue: fmt.money(offer.fine.uemValueCents),
            amount: fmt.money(offer.fine.amountCents),
          }),
          plain,
          w,
          LABEL_WIDTH - 9,
        ),
        labelled(ts, t('citation.paymentDiscounted', { pct }), fmt.money(offer.discountedAmountCents), strong, w, LABEL_WIDTH - 9),
        labelled(ts, t('citation.paymentDeadline'), deadline, strong, w, LABEL_WIDTH - 9),
      ],
      2,
    ),
  );
  // The offer and its figures are kept together, and with the heading.
  const block = stack([intro, box], SPACE.paragraph + 2);
  ctx.section(t('citation.section.payment'), block.height);
  flow.place(block);
  flow.space(SPACE.paragraph + 2);
  flow.paragraph(t('citation.paymentLost'));
}

export function defence(ctx: Context, doc: CitationDocument): void {
  const { t, fmt, flow } = ctx;
  const d = doc.defence;
  ctx.section(t('citation.section.defence'));
  flow.paragraph(
    t('citation.defenceIntro', {
      deadline: fmt.dayLong(d.deadline),
      term: t(d.businessDays ? 'citation.term.business' : 'citation.term.calendar', { days: d.days }),
    }),
  );
  flow.space(SPACE.paragraph);
  numbered(
    ctx,
    d.channels.map((channel) =>
      t(`citation.channel.${channel}`, {
        caseNumber: doc.caseNumber,
        court: doc.court.name,
        address: doc.court.address,
        hours: doc.court.deskHours,
        email: doc.court.email ?? '',
      }),
    ),
    (i) => `${String.fromCharCode(97 + i)})`,
    18,
  );
  flow.space(SPACE.paragraph + 2);
  flow.paragraph(t('citation.defenceEffect'));
}

/** The warnings, as one block: the signature that follows them is kept on their page (citation-signature.ts). */
export function notes(ctx: Context): Block {
  const { t } = ctx;
  return stack([
    ctx.sectionBlock(t('citation.section.notes')),
    ...listItems(ctx, [t('citation.notes.default'), t('citation.notes.accessibility'), t('citation.notes.appeal')], () => '•', 18),
  ]);
}
