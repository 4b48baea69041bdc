// Record kind: a case (expediente) at the Tribunal de Faltas (docs/DOMAIN.md, Court procedure). It starts as an
// incoming acta or notice that a closed operation produced (the hub makes it in the same transaction; its id is
// the finding's), or is entered at the desk (an acta on paper, a camera acta). Opening it gives it the court's
// number and the competent court; then it moves along the lifecycle of ../court/case-status.ts, each step a
// mutation whose guards (terms, the discount) are the pure rules of ../court/. Court clerks and judges do the desk's
// work; the administrator may too.
import { z } from 'zod';
import { canMoveCase, type CaseStatus } from '../court/case-status.ts';
import { competentCourt } from '../court/competence.ts';
import { holidaysOn } from '../court/calendar-days.ts';
import { caseStatus } from '../court/effective-status.ts';
import { defenceDeadline } from '../court/deadlines.ts';
import { offenceCategory } from '../court/offence-category.ts';
import { voluntaryPayment } from '../court/voluntary-payment.ts';
import { nearestBarrio } from '../live/nearest-barrio.ts';
import { ActaRecordSchema } from '../rules/findings.ts';
import type { SettingKey } from '../settings/catalogue.ts';
import { settingOnDay } from '../settings/dated.ts';
import { IsoDateSchema } from '../settings/iso-date.ts';
import { cordobaIsoDate } from '../time/cordoba.ts';
import {
  CASE_SETTLEMENTS,
  CourtCaseSchema,
  CourtIdSchema,
  MAX_STATEMENT,
  NOTIFICATION_CHANNELS,
  type CourtCase,
} from './court-case-schema.ts';
import { HearingIdSchema, type Hearing } from './hearing-schema.ts';
import { defineRecordKind, mutationOf, type Applied, type MutationContext } from './kind.ts';
import type { RefusalReason } from './refusals.ts';

const mutation = mutationOf<CourtCase>();
const DESK = ['court_clerk', 'judge', 'administrator'] as const;
const CaseIdSchema = CourtCaseSchema.shape.id;
const refuse = (reason: RefusalReason): Applied<CourtCase> => ({ ok: false, reason });

/**
 * The next version of a case moved to `status` (recorded on its timeline), if the lifecycle allows the step from
 * where the case stands (`from`: its effective status when a hearing is involved, effective-status.ts).
 */
function step(
  current: CourtCase | null,
  status: CaseStatus,
  { now, by }: MutationContext,
  changes: Partial<CourtCase> = {},
  from = current?.status,
): Applied<CourtCase> {
  if (!current || !from) return refuse('not_found');
  if (!canMoveCase(from, status)) return refuse('invalid_transition');
  const timeline = [...current.timeline, { at: now, status, by }];
  return { ok: true, record: { ...current, ...changes, status, timeline, version: current.version + 1 } };
}

/** The dated settings in force on a Córdoba day. */
const settingOn = <K extends SettingKey>(context: MutationContext, key: K, day: string) => settingOnDay(context.settings(), key, day);

/** The court for a case's place and article under the tables in force today; null when the tables cannot say. */
function courtFor(record: CourtCase['record'], barrio: string | null, context: MutationContext): Pick<CourtCase, 'courtId' | 'competence'> {
  const today = cordobaIsoDate(context.now);
  const tables = {
    courts: settingOn(context, 'court.courts', today) ?? [],
    barrioCpc: settingOn(context, 'court.barrioCpc', today) ?? [],
    environmentalArticles: settingOn(context, 'court.environmentalArticles', today) ?? [],
  };
  const place = barrio ?? nearestBarrio(record.place.lat, record.place.lng)?.name ?? '';
  const found = competentCourt(place, record.legalBasis, tables);
  return found.ok
    ? { courtId: found.courtId, competence: { why: found.why, uncertain: found.uncertain } }
    : { courtId: null, competence: null };
}

/** Opening: the court's number (the hub's; a console's provisional one until then) and the competent court. */
function opened(current: CourtCase, context: MutationContext): Partial<CourtCase> {
  const year = Number(cordobaIsoDate(context.now).slice(0, 4));
  const court = courtFor(current.record, current.barrio, context);
  const history = court.courtId ? [{ courtId: court.courtId, at: context.now, by: context.by, reason: null }] : [];
  return { number: context.caseNumber(year), ...court, courtHistory: [...current.courtHistory, ...history] };
}

/** What a new case starts from: the acta (or notice), where it came from and where it happened. */
export type NewCase = Pick<CourtCase, 'id' | 'origin' | 'operationId' | 'operationType' | 'record' | 'promoterName' | 'barrio'>;

/** A new incoming case; an acta is opened at once when the court opens every acta by itself (a dated setting). */
export function newCase(fields: NewCase, context: MutationContext, open = false): CourtCase {
  const incoming: CourtCase = {
    ...fields,
    status: 'incoming',
    number: null,
    courtId: null,
    competence: null,
    courtHistory: [],
    notification: null,
    defence: null,
    voluntaryPayment: null,
    settlement: null,
    timeline: [{ at: context.now, status: 'incoming', by: context.by }],
    createdAt: context.now,
    version: 1,
  };
  const automatic = settingOn(context, 'court.autoOpenCases', cordobaIsoDate(context.now)) === true;
  if (fields.record.kind !== 'acta' || !(open || automatic)) return incoming;
  const next = step({ ...incoming, version: 0 }, 'opened', context, opened(incoming, context));
  return next.ok ? next.record : incoming;
}

export const courtCaseKind = defineRecordKind<CourtCase>()({
  entity: 'court_case',
  schema: CourtCaseSchema,
  readers: DESK,
  cache: 'records',
  auditChain: (record) => record.id,
  mutations: {
    // An incoming acta becomes a case (a notice is a follow-up for the promoters, not a case).
    'court_case.open': mutation({
      fields: z.object({ id: CaseIdSchema }),
      roles: DESK,
      apply: (current, _fields, context) => {
        if (current && current.record.kind !== 'acta') return refuse('not_an_acta');
        return current ? step(current, 'opened', context, opened(current, context)) : refuse('not_found');
      },
    }),
    // An acta typed in at the desk (on paper, or a camera acta): opened at once.
    'court_case.enter': mutation({
      fields: z.object({
        id: CaseIdSchema,
        origin: z.enum(['desk', 'camera']),
        record: ActaRecordSchema,
        barrio: z.string().trim().min(1, 'required').max(80, 'too_long'),
        promoterName: z.string().trim().min(1, 'required').max(120, 'too_long').nullable(),
      }),
      roles: DESK,
      apply: (current, { id, origin, record, barrio, promoterName }, context) =>
        current
          ? refuse('already_exists')
          : {
              ok: true,
              record: newCase({ id, origin, operationId: null, operationType: null, record, promoterName, barrio }, context, true),
            },
    }),
    // Another court takes the case; the history keeps where it was and why it moved.
    'court_case.reassign': mutation({
      fields: z.object({ id: CaseIdSchema, courtId: CourtIdSchema, reason: z.string().trim().min(1, 'required').max(500, 'too_long') }),
      roles: DESK,
      apply: (current, { courtId, reason }, { now, by }) => {
        if (!current) return refuse('not_found');
        if (current.status === 'incoming' || current.status === 'closed') return refuse('invalid_transition');
        if (current.courtId === courtId) return refuse('invalid');
        const courtHistory = [...current.courtHistory, { courtId, at: now, by, reason }];
        return {
          ok: true,
          record: { ...current, courtId, competence: { why: 'reassigned', uncertain: false }, courtHistory, version: current.version + 1 },
        };
      },
    }),
    // Notified (CiDi, in person, at the address): the defence term and the voluntary-payment offer are fixed with
    // the settings in force on the notification day.
    'court_case.notify': mutation({
      fields: z.object({
        id: CaseIdSchema,
        channel: z.enum(NOTIFICATION_CHANNELS),
        notifiedOn: IsoDateSchema,
        offerUem: z.number().int('not_integer').min(0, 'out_of_range').max(1_000_000, 'out_of_range'),
      }),
      roles: DESK,
      apply: (current, { channel, notifiedOn, offerUem }, context) => {
        if (!current) return refuse('not_found');
        if (notifiedOn > cordobaIsoDate(context.now)) return refuse('future_date');
        const terms = settingOn(context, 'court.defenceDeadlines', notifiedOn);
        const uemValueArs = settingOn(context, 'court.uemValueArs', notifiedOn);
        const discountPct = settingOn(context, 'court.voluntaryPaymentDiscountPct', notifiedOn);
        if (!terms || uemValueArs === undefined || discountPct === undefined) return refuse('missing_settings');
        const term = terms[offenceCategory(current.origin, current.operationType)];
        const due = defenceDeadline(notifiedOn, term, holidaysOn(context.settings(), notifiedOn));
        return step(current, 'notified', context, { notification: { channel, notifiedOn, due, offerUem, uemValueArs, discountPct } });
      },
    }),
    // The offender paid with the discount while it applied: the case is closed by the payment.
    'court_case.payVoluntarily': mutation({
      fields: z.object({ id: CaseIdSchema, paidOn: IsoDateSchema, receipt: z.string().trim().min(1, 'required').max(80, 'too_long') }),
      roles: DESK,
      apply: (current, { paidOn, receipt }, context) => {
        if (!current?.notification) return refuse(current ? 'invalid_transition' : 'not_found');
        const { due, offerUem, uemValueArs, discountPct } = current.notification;
        const offer = voluntaryPayment({ status: current.status, due, today: paidOn, fineUem: offerUem, uemValueArs, discountPct });
        if (!offer.offered) return refuse(offer.reason === 'term_expired' ? 'term_expired' : 'invalid_transition');
        return step(current, 'paid_voluntarily', context, { voluntaryPayment: { paidOn, amountCents: offer.amountCents, receipt } });
      },
    }),
    // A defence filed within the term (the discount is lost with it).
    'court_case.fileDefence': mutation({
      fields: z.object({
        id: CaseIdSchema,
        filedOn: IsoDateSchema,
        statement: z.string().trim().min(1, 'required').max(MAX_STATEMENT, 'too_long'),
      }),
      roles: DESK,
      apply: (current, { filedOn, statement }, context) => {
        if (!current?.notification) return refuse(current ? 'invalid_transition' : 'not_found');
        if (filedOn > current.notification.due) return refuse('term_expired');
        return step(current, 'defence_filed', context, { defence: { filedOn, statement } });
      },
    }),
    // The term passed with neither payment nor defence: the case goes to a hearing.
    'court_case.expireTerm': mutation({
      fields: z.object({ id: CaseIdSchema }),
      roles: DESK,
      apply: (current, _fields, context) => {
        if (!current?.notification) return refuse(current ? 'invalid_transition' : 'not_found');
        if (cordobaIsoDate(context.now) <= current.notification.due) return refuse('term_open');
        return step(current, 'term_expired', context);
      },
    }),
    // After the resolution (its hearing signed): paid, a payment plan, appealed to the Cámara, community work done,
    // or simply closed; and a case paid voluntarily, or whose settlement is done, is closed.
    'court_case.settle': mutation({
      fields: z.object({
        id: CaseIdSchema,
        /** The signed hearing whose resolution this follows; null for a case settled without one (paid voluntarily). */
        hearingId: HearingIdSchema.nullable(),
        how: z.enum(CASE_SETTLEMENTS),
        on: IsoDateSchema,
        note: z.string().trim().max(500, 'too_long'),
      }),
      roles: DESK,
      apply: (current, { hearingId, how, on, note }, context) => {
        const hearing = hearingId ? (context.read('hearing', hearingId) as Hearing | null) : null;
        const from = current && caseStatus(current, hearing?.caseId === current.id ? hearing : null);
        return step(current, how, context, { settlement: { how, on, note } }, from ?? undefined);
      },
    }),
  },
});
