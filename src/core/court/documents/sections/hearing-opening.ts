// The first part of the acta de audiencia: the opening formula, the case data, who appeared, the identity check,
// the interpreter and the facts of the acta — everything the court establishes before hearing the offender.
import type { HearingRecordDocument } from '../../../../shared/court/documents/hearing-record.ts';
import { SPACE, STYLE } from '../layout/page.ts';
import { actaFacts, labelledRows } from './common.ts';
import type { Context } from './context.ts';

export function opening(ctx: Context, doc: HearingRecordDocument): void {
  const { t, fmt } = ctx;
  ctx.flow.paragraph(
    t('hearing.opening', {
      date: fmt.dateLong(doc.hearing.startedAt),
      time: fmt.time(doc.hearing.startedAt),
      room: doc.hearing.room,
      court: doc.court.name,
      address: doc.court.address,
      caseNumber: doc.caseNumber,
      judge: doc.judge.fullName,
      judgeTitle: doc.judge.title,
      clerk: doc.clerk.fullName,
      clerkTitle: doc.clerk.title,
    }),
    STYLE.body,
    { firstIndent: 24 },
  );
}

export function caseData(ctx: Context, doc: HearingRecordDocument): void {
  const { t, fmt } = ctx;
  const offender = doc.offender.address ? `${fmt.offender(doc.offender)}\n${doc.offender.address}` : fmt.offender(doc.offender);
  ctx.section(t('hearing.section.case'));
  labelledRows(ctx, [
    [t('hearing.label.caseNumber'), doc.caseNumber],
    [t('hearing.label.court'), doc.court.name],
    [t('hearing.label.judge'), `${doc.judge.fullName}, ${doc.judge.title}`],
    [t('hearing.label.clerk'), `${doc.clerk.fullName}, ${doc.clerk.title}`],
    [t('hearing.label.date'), fmt.dateLong(doc.hearing.startedAt)],
    [t('hearing.label.time'), t('format.timeRange', { start: fmt.time(doc.hearing.startedAt), end: fmt.time(doc.hearing.endedAt) })],
    [t('hearing.label.room'), doc.hearing.room],
    [t('hearing.label.offender'), offender],
    [t('hearing.label.acta'), t('hearing.label.actaValue', { number: doc.acta.number, date: fmt.dateTimeShort(doc.acta.occurredAt) })],
    [t('hearing.label.place'), doc.acta.place],
    ...(doc.acta.promoterName ? [[t('hearing.label.promoter'), doc.acta.promoterName] as const] : []),
  ]);
}

export function parties(ctx: Context, doc: HearingRecordDocument): void {
  const { t, fmt } = ctx;
  ctx.section(t('hearing.section.parties'));
  ctx.flow.table(
    [
      { header: t('hearing.parties.role'), width: 122 },
      { header: t('hearing.parties.name'), width: 175 },
      { header: t('hearing.parties.dni'), width: 70 },
      { header: t('hearing.parties.attendance'), width: 100 },
    ],
    doc.parties.map((p) => [
      t(`hearing.parties.roles.${p.role}`),
      p.note ? `${p.fullName}\n${p.note}` : p.fullName,
      p.dni ? fmt.dni(p.dni) : '—',
      t(`hearing.parties.attendances.${p.attendance}`),
    ]),
  );
}

export function identity(ctx: Context, doc: HearingRecordDocument): void {
  const { t } = ctx;
  ctx.section(t('hearing.section.identity'));
  const check = doc.identity;
  ctx.flow.paragraph(
    check.checked
      ? t('hearing.identity.checked', {
          name: check.fullName,
          document: t(`hearing.identity.documents.${check.document}`),
          number: check.document === 'dni' && /^\d{7,8}$/.test(check.number) ? ctx.fmt.dni(check.number) : check.number,
        })
      : t('hearing.identity.notChecked', { reason: check.reason }),
  );
}

export function interpreter(ctx: Context, doc: HearingRecordDocument): void {
  const { t } = ctx;
  ctx.section(t('hearing.section.interpreter'));
  const i = doc.interpreter;
  ctx.flow.paragraph(
    !i.needed
      ? t('hearing.interpreter.none')
      : i.dni
        ? t('hearing.interpreter.presentWithDni', { name: i.fullName, language: i.language, dni: ctx.fmt.dni(i.dni) })
        : t('hearing.interpreter.present', { name: i.fullName, language: i.language }),
  );
}

export function facts(ctx: Context, doc: HearingRecordDocument): void {
  const { t } = ctx;
  ctx.section(t('hearing.section.facts'));
  actaFacts(ctx, doc.acta, t('hearing.facts.intro'), t('hearing.facts.legalBasis'));
  ctx.flow.space(SPACE.paragraph);
}
