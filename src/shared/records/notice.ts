// Record kind: a notice's follow-up (emplazamiento) — the program's evidence that prevention works. A notice finding
// becomes one when its operation or incident closes (newNotice; the hub makes it in the same transaction, id = the
// finding's). Coordinators then record:
//
//   notice.notify    how and when the owner was notified: fixes the deadline with the days in force that day, plans
//                    the re-inspection operation (derived), and records the trial variant the wording came from;
//   notice.reinspect the re-inspection's result, judged by the vacant-lot rule: complied by the owner (no sanction),
//                    or — only once the deadline has passed — complied by the city at the owner's cost or not
//                    complied, both an acta that goes to court (a derived court case).
//
// Notices name people, businesses and properties, so only coordinators and administrators read them; the
// indicators use them in aggregates.
import { z } from 'zod';
import { noticeDeadlineFor } from '../notices/deadline.ts';
import { judgeReinspection } from '../notices/judge-reinspection.ts';
import { reinspectionPlan } from '../notices/reinspection-plan.ts';
import { trialCovers, variantFor } from '../notices/trial-for.ts';
import type { NumberedFinding } from '../operations/details.ts';
import type { Operation } from '../operations/types.ts';
import { offenceCategory } from '../court/offence-category.ts';
import { courtCaseKind, newCase } from './court-case.ts';
import { NOTIFICATION_CHANNELS } from './court-case-schema.ts';
import { defineRecordKind, mutationOf, type Applied, type DerivedRecord, type MutationContext } from './kind.ts';
import { NOTICE_RESULTS, NoticeIdSchema, NoticeSchema, TrialVariantKeySchema, type Notice } from './notice-schema.ts';
import type { NoticeTrial } from './notice-trial-schema.ts';
import { personKind, type PersonRecord } from './person.ts';
import type { RefusalReason } from './refusals.ts';

const mutation = mutationOf<Notice>();
const FOLLOW_UP = ['coordinator', 'administrator'] as const;
const refuse = (reason: RefusalReason): Applied<Notice> => ({ ok: false, reason });
const instant = z.number().int().min(0).max(7_258_118_400_000);

/** What the source of a notice finding says about it. */
export interface NoticeSource {
  readonly origin: Notice['origin'];
  readonly sourceId: string;
  readonly operationType: Notice['operationType'];
  readonly barrio: string;
  readonly surfaceM2: number | null;
}

/** The follow-up a notice finding starts; null for any other finding. */
export function newNotice({ id, finding }: NumberedFinding, source: NoticeSource, now: number): DerivedRecord[] {
  if (finding.outcome !== 'notice') return [];
  const category = offenceCategory(source.origin === 'operation' ? 'operation' : 'complaint', source.operationType);
  const notice: Notice = {
    id,
    ...source,
    category,
    record: finding.record,
    createdAt: now,
    notification: null,
    variant: null,
    reinspectionId: null,
    result: null,
    version: 1,
  };
  return [{ entity: noticeKind.entity, record: notice }];
}

/** The trial variant a notification names, checked against the trial: it must cover the notice and match the seed. */
function checkedVariant(notice: Notice, variant: { trialId: string; key: string } | undefined, at: number, context: MutationContext) {
  if (!variant) return { ok: true as const, variant: null };
  const trial = context.read('notice_trial', variant.trialId) as NoticeTrial | null;
  if (!trial || !trialCovers(trial, notice, at) || variantFor(trial, notice.id) !== variant.key) return { ok: false as const };
  return { ok: true as const, variant };
}

/** The acta an unmet notice becomes: the notice's record, dated at the re-inspection, as a new court case. */
function actaOf(notice: Notice, actaId: string, at: number, comment: string | null, context: MutationContext): DerivedRecord {
  const { offender, legalBasis, place, description, evidence, promoterId } = notice.record;
  const promoter = context.read(personKind.entity, promoterId) as PersonRecord | null;
  const facts = { offender, legalBasis, place, evidence, promoterId };
  const record = { kind: 'acta' as const, ...facts, occurredAt: at, description: comment ?? description };
  const courtCase = newCase(
    {
      id: actaId,
      origin: notice.origin,
      operationId: notice.reinspectionId,
      operationType: notice.operationType,
      record,
      promoterName: promoter?.name ?? null,
      barrio: notice.barrio,
    },
    context,
  );
  return { entity: courtCaseKind.entity, record: courtCase };
}

export const noticeKind = defineRecordKind<Notice>()({
  entity: 'notice',
  schema: NoticeSchema,
  readers: FOLLOW_UP,
  cache: 'records',
  mutations: {
    'notice.notify': mutation({
      fields: z.object({
        id: NoticeIdSchema,
        channel: z.enum(NOTIFICATION_CHANNELS),
        notifiedAt: instant,
        /** The re-inspection operation's id (made by the console, so a replay cannot plan it twice). */
        reinspectionId: z.string().uuid(),
        variant: z.object({ trialId: z.string().uuid(), key: TrialVariantKeySchema }).strict().optional(),
      }),
      roles: FOLLOW_UP,
      apply: (current, { channel, notifiedAt, reinspectionId, variant }, context) => {
        if (!current) return refuse('not_found');
        if (current.notification) return refuse('not_editable');
        if (notifiedAt > context.now) return refuse('future_date');
        if (notifiedAt < current.record.occurredAt) return refuse('invalid');
        const deadline = noticeDeadlineFor(current.category, notifiedAt, context.settings());
        if (!deadline) return refuse('missing_settings');
        const checked = checkedVariant(current, variant, notifiedAt, context);
        if (!checked.ok) return refuse('invalid');
        const source = current.origin === 'operation' ? (context.read('operation', current.sourceId) as Operation | null) : null;
        const plan = reinspectionPlan({
          id: reinspectionId,
          notice: current,
          dueBy: deadline.dueBy,
          team: source?.team ?? null,
          now: context.now,
          by: context.by,
          settings: context.settings(),
        });
        const notification = { channel, notifiedAt, lastDay: deadline.lastDay, dueBy: deadline.dueBy, by: context.by };
        const record = { ...current, notification, variant: checked.variant, reinspectionId, version: current.version + 1 };
        return { ok: true, record, derived: [{ entity: 'operation', record: plan }] };
      },
    }),
    'notice.reinspect': mutation({
      fields: z.object({
        id: NoticeIdSchema,
        outcome: z.enum(NOTICE_RESULTS),
        at: instant,
        comment: z.string().trim().min(1, 'required').max(2000, 'too_long').optional(),
        /** The acta's court case id when the outcome makes one (made by the console, like a finding's). */
        actaId: z.string().uuid(),
      }),
      roles: FOLLOW_UP,
      apply: (current, { outcome, at, comment, actaId }, context) => {
        if (!current) return refuse('not_found');
        if (!current.notification) return refuse('not_notified');
        if (current.result) return refuse('not_editable');
        if (at > context.now) return refuse('future_date');
        const judged = judgeReinspection({ ...current, notification: current.notification }, outcome, at, context.settings());
        if (!judged) return refuse('missing_settings');
        if (judged.status === 'premature') return refuse('term_open');
        const acta = judged.finding === 'acta' ? actaOf(current, actaId, at, comment ?? null, context) : null;
        const result = { outcome, at, by: context.by, comment: comment ?? null, actaId: acta ? actaId : null };
        return { ok: true, record: { ...current, result, version: current.version + 1 }, derived: acta ? [acta] : [] };
      },
    }),
  },
});
