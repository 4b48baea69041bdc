// What the judge decided: the points of the resolution (I., II., …), the articles it rests on and the reasons, and
// the amounts and deadlines that follow from it — the fine as UEM × value = pesos, the payment plan, the hours of
// community work, the appeal. Every amount arrives in integer cents and is printed as it arrived, never recomputed
// with floats.
import type { HearingRecordDocument, Measure } from '../../../../shared/court/documents/hearing-record.ts';
import { SPACE, STYLE } from '../layout/page.ts';
import { citations, item, labelledRows, QUOTE_INDENT, roman } from './common.ts';
import type { Context } from './context.ts';

function measureText(ctx: Context, m: Measure, offender: string): string {
  const { t, fmt } = ctx;
  switch (m.kind) {
    case 'absolution':
      return t('hearing.resolution.absolution', { offender });
    case 'warning':
      return t('hearing.resolution.warning', { offender });
    case 'fine':
      return t('hearing.resolution.fine', {
        offender,
        uem: fmt.uem(m.fine.uem),
        uemValue: fmt.money(m.fine.uemValueCents),
        amount: fmt.money(m.fine.amountCents),
        deadline: fmt.dayLong(m.paymentDeadline),
      });
    case 'community_service':
      return t(`hearing.resolution.community_service.${m.mode}`, {
        hours: m.hours,
        programme: m.programme,
        deadline: fmt.dayLong(m.deadline),
      });
    case 'seizure':
      return t('hearing.resolution.seizure', { items: m.items });
    case 'closure':
      return m.days === undefined
        ? t('hearing.resolution.closure.definitive', { address: m.address })
        : t('hearing.resolution.closure.temporary', { days: m.days, address: m.address });
    case 'payment_plan':
      return t('hearing.resolution.payment_plan', { count: m.instalments.length });
    case 'mediation':
      return m.note ? t('hearing.resolution.mediationWithNote', { note: m.note }) : t('hearing.resolution.mediation');
  }
}

export function resolution(ctx: Context, doc: HearingRecordDocument): void {
  const { t, fmt, flow } = ctx;
  const r = doc.resolution;
  const offender = fmt.offenderName(doc.offender);
  ctx.section(t('hearing.section.resolution'));
  flow.paragraph(t('hearing.resolution.intro', { judge: doc.judge.fullName, judgeTitle: doc.judge.title }));
  flow.space(SPACE.paragraph);
  const points = [
    ...(r.inAbsentia ? [t('hearing.resolution.inAbsentia', { offender })] : []),
    ...r.measures.map((m) => measureText(ctx, m, offender)),
  ];
  points.forEach((point, i) => {
    if (i > 0) flow.space(3);
    flow.place(item(ctx, `${roman(i + 1)}.`, point, { indent: QUOTE_INDENT, markerWidth: 28 }));
  });
  flow.space(3);
  flow.place(item(ctx, `${roman(points.length + 1)}.`, t('hearing.resolution.closing'), { indent: QUOTE_INDENT, markerWidth: 28 }));
  if (r.appealDeadline) {
    flow.space(SPACE.paragraph + 2);
    flow.paragraph(t('hearing.resolution.appeal', { deadline: fmt.dayLong(r.appealDeadline) }));
  }
}

export function legalBasis(ctx: Context, doc: HearingRecordDocument): void {
  const { t, flow } = ctx;
  const r = doc.resolution;
  ctx.section(t('hearing.section.legalBasis'));
  flow.paragraph(t('hearing.legalBasis.intro'));
  flow.space(SPACE.paragraph);
  citations(ctx, r.legalBasis, QUOTE_INDENT);
  if (r.reasoning) {
    flow.space(SPACE.paragraph + 2);
    flow.paragraph(t('hearing.legalBasis.reasoning'), STYLE.label);
    flow.paragraphs(r.reasoning, STYLE.body);
  }
}

export function amounts(ctx: Context, doc: HearingRecordDocument): void {
  const { t, fmt, flow } = ctx;
  const r = doc.resolution;
  ctx.section(t('hearing.section.amounts'));
  const rows: [string, string][] = [];
  for (const m of r.measures) {
    if (m.kind === 'fine') {
      rows.push([
        t('hearing.amounts.fine'),
        t('hearing.amounts.fineValue', {
          uem: fmt.uem(m.fine.uem),
          uemValue: fmt.money(m.fine.uemValueCents),
          amount: fmt.money(m.fine.amountCents),
        }),
      ]);
      rows.push([t('hearing.amounts.payBy'), t('hearing.amounts.payByValue', { deadline: fmt.dayLong(m.paymentDeadline) })]);
    } else if (m.kind === 'community_service') {
      rows.push([
        t('hearing.amounts.community_service'),
        t('hearing.amounts.community_serviceValue', { hours: m.hours, deadline: fmt.dayLong(m.deadline) }),
      ]);
    } else if (m.kind === 'closure') {
      rows.push([
        t('hearing.amounts.closure'),
        m.days === undefined ? t('hearing.amounts.closureDefinitive') : t('hearing.amounts.closureTemporary', { days: m.days }),
      ]);
    }
  }
  if (r.appealDeadline)
    rows.push([t('hearing.amounts.appeal'), t('hearing.amounts.appealValue', { deadline: fmt.dayLong(r.appealDeadline) })]);
  const plan = r.measures.find((m) => m.kind === 'payment_plan');
  if (rows.length === 0 && !plan) {
    flow.paragraph(t('hearing.amounts.none'));
    return;
  }
  labelledRows(ctx, rows);
  if (!plan) return;
  flow.space(SPACE.paragraph + 2);
  flow.paragraph(t('hearing.amounts.plan'), STYLE.label);
  flow.space(2);
  const total = plan.instalments.reduce((sum, i) => sum + i.amountCents, 0);
  flow.table(
    [
      { header: t('hearing.amounts.instalment'), width: 70 },
      { header: t('hearing.amounts.dueOn'), width: 230 },
      { header: t('hearing.amounts.amount'), width: 130, align: 'right' },
    ],
    [
      ...plan.instalments.map((i, n) => [String(n + 1), fmt.dayLong(i.dueOn), fmt.money(i.amountCents)]),
      [t('hearing.amounts.total'), '', fmt.money(total)],
    ],
    QUOTE_INDENT,
  );
}
