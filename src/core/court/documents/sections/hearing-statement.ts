// The offender's statement (descargo) — possibly many pages, set in from the left as someone else's words and split
// between pages without widows or orphans — and the evidence admitted.
import type { HearingRecordDocument } from '../../../../shared/court/documents/hearing-record.ts';
import { SPACE, STYLE } from '../layout/page.ts';
import { numbered, QUOTE_INDENT } from './common.ts';
import type { Context } from './context.ts';

export function statement(ctx: Context, doc: HearingRecordDocument): void {
  const { t, flow } = ctx;
  const s = doc.statement;
  ctx.section(t('hearing.section.statement'));
  if (!s.given) {
    flow.paragraph(t(s.reason === 'declined' ? 'hearing.statement.declined' : 'hearing.statement.absent', { name: s.by }));
    return;
  }
  flow.paragraph(t('hearing.statement.intro', { name: s.by }));
  flow.space(SPACE.paragraph);
  flow.paragraphs(s.text, STYLE.quote, { indent: QUOTE_INDENT });
}

export function evidence(ctx: Context, doc: HearingRecordDocument): void {
  const { t, flow } = ctx;
  ctx.section(t('hearing.section.evidence'));
  if (doc.evidence.length === 0) {
    flow.paragraph(t('hearing.evidence.none'));
    return;
  }
  flow.paragraph(t('hearing.evidence.intro'));
  flow.space(SPACE.paragraph);
  numbered(
    ctx,
    doc.evidence.map((e) => {
      const kind = t(`hearing.evidence.kinds.${e.kind}`);
      return e.ref
        ? t('hearing.evidence.itemWithRef', { kind, description: e.description, ref: e.ref })
        : t('hearing.evidence.item', { kind, description: e.description });
    }),
    undefined,
    QUOTE_INDENT,
  );
}
