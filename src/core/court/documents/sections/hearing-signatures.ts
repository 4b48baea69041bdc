// The end of the acta: the closing formula and the signatures of the judge, the clerk and the offender (or who
// represents them), with when each signed — or, on a draft, a red notice and "Sin firma" under every line. The
// closing formula and the signatures are kept on one page: a page of bare signatures certifies nothing.
import type { HearingRecordDocument } from '../../../../shared/court/documents/hearing-record.ts';
import { padded, stack, text } from '../../../pdf/blocks.ts';
import { BODY_WIDTH, SPACE, STYLE } from '../layout/page.ts';
import { draftNotice, signatureRow, type SignatureSpec } from './common.ts';
import type { Context } from './context.ts';

function specs(ctx: Context, doc: HearingRecordDocument): SignatureSpec[] {
  const { t, fmt } = ctx;
  const s = doc.signatures;
  const signedAt = (at: number) => t('common.signedAt', { date: fmt.dateShort(at), time: fmt.time(at) });
  const unsigned = t('common.unsigned');
  const o = doc.offender;
  const offenderName = o.kind === 'person' ? o.fullName : (o.representative?.fullName ?? doc.statement.by);
  const offenderRole =
    o.kind === 'person' ? t('hearing.signatures.offenderRole') : t('hearing.signatures.companyRole', { company: o.name });
  const offenderState =
    s.status === 'draft'
      ? { state: unsigned, signed: false }
      : s.offender === 'signed'
        ? { state: signedAt(s.offenderSignedAt!), signed: true }
        : { state: t(s.offender === 'refused' ? 'hearing.signatures.refused' : 'hearing.signatures.absent'), signed: false };
  return [
    {
      name: doc.judge.fullName,
      role: doc.judge.title,
      ...(s.status === 'signed' ? { state: signedAt(s.judgeSignedAt), signed: true } : { state: unsigned, signed: false }),
    },
    {
      name: doc.clerk.fullName,
      role: doc.clerk.title,
      ...(s.status === 'signed' ? { state: signedAt(s.clerkSignedAt), signed: true } : { state: unsigned, signed: false }),
    },
    { name: offenderName, role: offenderRole, ...offenderState },
  ];
}

export function signatures(ctx: Context, doc: HearingRecordDocument): void {
  const { t, fmt, ts, flow } = ctx;
  const s = doc.signatures;
  const closing = text(ts, t('hearing.closing', { time: fmt.time(doc.hearing.endedAt) }), { ...STYLE.body }, BODY_WIDTH, 24);
  const summary =
    s.status === 'signed'
      ? text(
          ts,
          t('hearing.signatures.signedSummary', {
            judge: doc.judge.fullName,
            judgeDate: fmt.dateTimeShort(s.judgeSignedAt),
            clerk: doc.clerk.fullName,
            clerkDate: fmt.dateTimeShort(s.clerkSignedAt),
          }),
          STYLE.small,
          BODY_WIDTH,
        )
      : draftNotice(ctx);
  const block = stack([closing, padded(signatureRow(ctx, specs(ctx, doc)), 6), padded(summary, 14)]);
  // The heading, the closing and the signatures move to the next page together if they do not fit here.
  flow.ensure(SPACE.section + STYLE.heading.leading + SPACE.afterHeading + block.height);
  ctx.section(t('hearing.section.signatures'));
  flow.place(block);
}
