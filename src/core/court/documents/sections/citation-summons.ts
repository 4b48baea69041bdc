// The first part of the cédula: to whom it is addressed, what it notifies, the case, the facts charged, and the
// summons to the hearing — the date, time and place framed, so that they are found at a glance.
import type { CitationDocument } from '../../../../shared/court/documents/citation.ts';
import { boxed, labelled, stack, text } from '../../../pdf/blocks.ts';
import { BODY_WIDTH, COLOR, SPACE, STYLE } from '../layout/page.ts';
import { actaFacts, LABEL_WIDTH, labelledRows } from './common.ts';
import type { Context } from './context.ts';

export function addressee(ctx: Context, doc: CitationDocument): void {
  const { t, fmt } = ctx;
  labelledRows(
    ctx,
    [
      [t('citation.addressee'), fmt.offender(doc.offender)],
      [t('citation.address'), doc.offender.address ?? t('citation.noAddress')],
    ],
    110,
  );
  ctx.flow.space(SPACE.paragraph + 4);
  ctx.flow.paragraph(
    t('citation.intro', {
      court: doc.court.name,
      caseNumber: doc.caseNumber,
      acta: doc.acta.number,
      date: fmt.dateLong(doc.acta.occurredAt),
    }),
    STYLE.body,
    { firstIndent: 24 },
  );
}

export function caseData(ctx: Context, doc: CitationDocument): void {
  const { t, fmt } = ctx;
  ctx.section(t('citation.section.case'));
  labelledRows(ctx, [
    [t('citation.label.caseNumber'), doc.caseNumber],
    [t('citation.label.court'), doc.court.name],
    [t('citation.label.courtAddress'), doc.court.address],
    [t('citation.label.acta'), t('citation.actaNumber', { number: doc.acta.number })],
    [t('citation.label.occurredAt'), fmt.dateTimeShort(doc.acta.occurredAt)],
    [t('citation.label.place'), doc.acta.place],
    ...(doc.acta.promoterName ? [[t('citation.label.promoter'), doc.acta.promoterName] as const] : []),
    [t('citation.label.delivery'), t(`citation.delivery.${doc.delivery}`)],
  ]);
}

export function facts(ctx: Context, doc: CitationDocument): void {
  const { t } = ctx;
  ctx.section(t('citation.section.facts'));
  actaFacts(ctx, doc.acta, t('citation.factsIntro'), t('citation.label.legalBasis'));
}

export function hearing(ctx: Context, doc: CitationDocument): void {
  const { t, fmt, ts, flow } = ctx;
  const emphasis = { label: STYLE.label, value: { ...STYLE.value, font: STYLE.label.font, size: 11.5 } };
  const box = boxed(ts, BODY_WIDTH, { padding: 9, fill: COLOR.boxFill, stroke: COLOR.rule }, (w) =>
    stack(
      [
        labelled(ts, t('citation.label.date'), fmt.dateLong(doc.hearing.at), emphasis, w, LABEL_WIDTH - 9),
        labelled(ts, t('citation.label.time'), fmt.time(doc.hearing.at), emphasis, w, LABEL_WIDTH - 9),
        labelled(ts, t('citation.label.where'), `${doc.hearing.room}, ${doc.hearing.address}`, emphasis, w, LABEL_WIDTH - 9),
      ],
      2,
    ),
  );
  // The summons and its date and place are one thing: never a page break between them, nor before them and the heading.
  const summons = stack([text(ts, t('citation.hearingIntro'), STYLE.body, BODY_WIDTH), box], SPACE.paragraph + 2);
  ctx.section(t('citation.section.hearing'), summons.height);
  flow.place(summons);
  flow.space(SPACE.paragraph + 2);
  flow.paragraph(t('citation.hearingBring'));
}
