// Record kind: a hearing (audiencia) of a case, in a court's room (docs/DOMAIN.md, Court procedure). The desk
// schedules, reschedules (a new slot; the old one is cancelled with the reason) and cancels it; during the hearing
// the clerk records it; a judge signs the resolution, after which the hearing is immutable — a correction is an
// amendment that references it and is signed again. A hearing never writes its case: where the case stands is the
// two joined (../court/effective-status.ts), so each stays one record a console can change offline.
import { z } from 'zod';
import { uemToCents } from '../court/amounts.ts';
import { isWaitingForHearing } from '../court/effective-status.ts';
import { hearingSlotId } from '../court/hearing-slot.ts';
import { settingAt } from '../settings/dated.ts';
import { cordobaIsoDate } from '../time/cordoba.ts';
import type { CourtCase } from './court-case-schema.ts';
import { courtCaseKind } from './court-case.ts';
import { HearingIdSchema, HearingRecordSchema, HearingSchema, type Hearing, type HearingRecord } from './hearing-schema.ts';
import { defineRecordKind, mutationOf, type Applied, type MutationContext } from './kind.ts';
import type { RefusalReason } from './refusals.ts';
import { identityName } from '../rules/identity.ts';

const mutation = mutationOf<Hearing>();
const DESK = ['court_clerk', 'judge', 'administrator'] as const;
const MAX_HEARING_MS = 8 * 60 * 60 * 1000;
const HEARING = 'hearing';
const refuse = (reason: RefusalReason): Applied<Hearing> => ({ ok: false, reason });

type Change = Pick<Hearing['history'][number], 'action' | 'reason' | 'other'>;

/** The hearing's next version with a line in its history. */
function next(current: Hearing, changes: Partial<Hearing>, change: Change, { now, by }: MutationContext): Hearing {
  return { ...current, ...changes, history: [...current.history, { at: now, by, ...change }], version: current.version + 1 };
}

/** Who records the hearing, by name, as the acta prints it (the console sends the signed-in person's name). */
const ClerkSchema = z.string().trim().min(1, 'required').max(120, 'too_long').optional();
const clerkOf = (clerk: string | undefined): Partial<Hearing> => (clerk ? { clerk } : {});

/** An open hearing (not signed, not cancelled) may be changed by `change`; anything else is refused here. */
function open(current: Hearing | null, change: (hearing: Hearing) => Applied<Hearing>): Applied<Hearing> {
  if (!current) return refuse('not_found');
  if (current.signed) return refuse('signed');
  if (current.status === 'cancelled') return refuse('invalid_transition');
  return change(current);
}

/** A resolution's fines at the UEM value in force on the day it is signed (amounts.ts says why that day). */
function fixedAmounts(record: HearingRecord, context: MutationContext): HearingRecord | null {
  const resolution = record.resolution;
  if (!resolution) return null;
  const uemValueArs = settingAt(context.settings(), 'court.uemValueArs', context.now);
  if (uemValueArs === undefined) return null;
  const measures = resolution.measures.map((m) =>
    m.kind === 'fine'
      ? { ...m, fine: { uem: m.fine.uem, uemValueCents: Math.round(uemValueArs * 100), amountCents: uemToCents(m.fine.uem, uemValueArs) } }
      : m,
  );
  return { ...record, resolution: { ...resolution, measures } };
}

const scheduleFields = z.object({
  id: HearingIdSchema,
  caseId: z.string().uuid(),
  courtId: z.string().min(1).max(64),
  room: z.string().trim().min(1, 'required').max(40, 'too_long'),
  judge: z.string().trim().min(1, 'required').max(120, 'too_long'),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  /** The hearing this one replaces (a reschedule), and why. */
  replaces: HearingIdSchema.nullable(),
  reason: z.string().trim().max(500, 'too_long').nullable(),
});

export const hearingKind = defineRecordKind<Hearing>()({
  entity: HEARING,
  schema: HearingSchema,
  readers: DESK,
  cache: 'records',
  auditChain: (record) => record.caseId,
  mutations: {
    'hearing.schedule': mutation({
      fields: scheduleFields,
      roles: DESK,
      apply: (current, fields, context) => {
        const { id, caseId, courtId, room, judge, start, end, replaces, reason } = fields;
        if (id !== hearingSlotId(courtId, room, start) || end <= start || end - start > MAX_HEARING_MS) return refuse('invalid');
        if (current && current.status !== 'cancelled') return refuse('slot_taken');
        const courtCase = context.read(courtCaseKind.entity, caseId) as CourtCase | null;
        if (!courtCase) return refuse('not_found');
        if (!isWaitingForHearing(courtCase.status)) return refuse('invalid_transition');
        const replaced = replaces ? (context.read(HEARING, replaces) as Hearing | null) : null;
        if (replaces && (replaced?.caseId !== caseId || replaced.status !== 'scheduled' || replaced.signed)) return refuse('invalid');
        const offender = courtCase.record.offender;
        const scheduled: Hearing = {
          id,
          caseId,
          caseNumber: courtCase.number ?? '',
          offenderName: identityName(offender),
          courtId,
          room,
          judge,
          start,
          end,
          status: 'scheduled',
          history: [
            ...(current?.history ?? []),
            { at: context.now, by: context.by, action: replaces ? 'rescheduled' : 'scheduled', reason, other: replaces },
          ],
          record: null,
          signed: null,
          amends: null,
          version: (current?.version ?? 0) + 1,
        };
        const cancelled = replaced && next(replaced, { status: 'cancelled' }, { action: 'rescheduled', reason, other: id }, context);
        return { ok: true, record: scheduled, derived: cancelled ? [{ entity: HEARING, record: cancelled }] : [] };
      },
    }),
    // Cancelled before it was held: the case waits for another hearing (effective-status.ts).
    'hearing.cancel': mutation({
      fields: z.object({ id: HearingIdSchema, reason: z.string().trim().min(1, 'required').max(500, 'too_long') }),
      roles: DESK,
      apply: (current, { reason }, context) =>
        open(current, (hearing) => {
          if (hearing.status !== 'scheduled') return refuse('invalid_transition');
          return { ok: true, record: next(hearing, { status: 'cancelled' }, { action: 'cancelled', reason, other: null }, context) };
        }),
    }),
    // Held, with what was recorded: the offender absent makes it a default (rebeldía).
    'hearing.hold': mutation({
      fields: z.object({ id: HearingIdSchema, record: HearingRecordSchema, clerk: ClerkSchema }),
      roles: DESK,
      apply: (current, { record, clerk }, context) =>
        open(current, (hearing) => {
          if (hearing.status !== 'scheduled') return refuse('invalid_transition');
          if (cordobaIsoDate(context.now) < cordobaIsoDate(hearing.start)) return refuse('future_date');
          const absent = record.parties.some((p) => p.role === 'offender' && p.attendance === 'absent');
          const status = absent ? 'in_absentia' : 'held';
          const changes = { status, record, ...clerkOf(clerk) } as const;
          return { ok: true, record: next(hearing, changes, { action: 'held', reason: null, other: null }, context) };
        }),
    }),
    // The record corrected or completed (the resolution typed) before the judge signs.
    'hearing.record': mutation({
      fields: z.object({ id: HearingIdSchema, record: HearingRecordSchema, clerk: ClerkSchema }),
      roles: DESK,
      apply: (current, { record, clerk }, context) =>
        open(current, (hearing) =>
          hearing.status === 'scheduled'
            ? refuse('invalid_transition')
            : {
                ok: true,
                record: next(hearing, { record, ...clerkOf(clerk) }, { action: 'recorded', reason: null, other: null }, context),
              },
        ),
    }),
    // Only a judge signs; the fines take the UEM value of that day; the case is resolved (effective-status.ts).
    'hearing.sign': mutation({
      fields: z.object({ id: HearingIdSchema }),
      roles: ['judge'],
      apply: (current, _fields, context) =>
        open(current, (hearing) => {
          if (hearing.status === 'scheduled' || !hearing.record?.resolution) return refuse('invalid_transition');
          const record = fixedAmounts(hearing.record, context);
          if (!record) return refuse('missing_settings');
          const signed = next(
            hearing,
            { record, signed: { by: context.by ?? '', at: context.now } },
            { action: 'signed', reason: null, other: null },
            context,
          );
          return { ok: true, record: signed };
        }),
    }),
    // A correction of a signed hearing: a new record that references it, to be signed again by a judge.
    'hearing.amend': mutation({
      fields: z.object({
        id: HearingIdSchema,
        amends: HearingIdSchema,
        record: HearingRecordSchema,
        reason: z.string().trim().min(1, 'required').max(500, 'too_long'),
      }),
      roles: DESK,
      apply: (current, { id, amends, record, reason }, context) => {
        if (current) return refuse('already_exists');
        const original = context.read(HEARING, amends) as Hearing | null;
        if (!original?.signed) return refuse('invalid_transition');
        const history = [{ at: context.now, by: context.by, action: 'amended' as const, reason, other: amends }];
        return { ok: true, record: { ...original, id, record, signed: null, amends, history, version: 1 } };
      },
    }),
  },
});
