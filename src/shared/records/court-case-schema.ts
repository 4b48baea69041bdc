// The shape of a case (expediente) at the Tribunal de Faltas: what court-case.ts, its record kind, keeps.
import { z } from 'zod';
import { CASE_STATUSES } from '../court/case-status.ts';
import { OPERATION_TYPES } from '../operations/codes.ts';
import { ActaRecordSchema, NoticeRecordSchema } from '../rules/findings.ts';
import { IsoDateSchema } from '../settings/iso-date.ts';

export const CASE_ORIGINS = ['operation', 'desk', 'camera', 'complaint'] as const;
export type CaseOrigin = (typeof CASE_ORIGINS)[number];
export const NOTIFICATION_CHANNELS = ['cidi', 'in_person', 'address'] as const;
export const CASE_SETTLEMENTS = ['paid', 'payment_plan', 'appealed', 'community_work_done', 'closed'] as const;

const epochMs = z.number().int().min(0);
const by = z.string().max(64).nullable();
export const CourtIdSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[a-z0-9-]+$/, 'invalid_value');
export const MAX_STATEMENT = 20_000;

export const CourtCaseSchema = z
  .object({
    id: z.string().uuid(),
    origin: z.enum(CASE_ORIGINS),
    operationId: z.string().uuid().nullable(),
    operationType: z.enum(OPERATION_TYPES).nullable(),
    record: z.union([ActaRecordSchema, NoticeRecordSchema]),
    /** The promoter's name as of the acta (court roles do not read the roster). */
    promoterName: z.string().min(1).max(120).nullable(),
    /** Where the offence happened, for the competent court (the operation's barrio, or the desk's). */
    barrio: z.string().min(1).max(80).nullable(),
    status: z.enum(CASE_STATUSES),
    /** TF-2026-000123 once opened (a provisional number until the hub has numbered it). */
    number: z.string().max(40).nullable(),
    courtId: CourtIdSchema.nullable(),
    /** Why this court: an environmental article, or the barrio's CPC (a guess when the table row is uncertain). */
    competence: z
      .object({ why: z.enum(['environmental_article', 'barrio_cpc', 'reassigned']), uncertain: z.boolean() })
      .strict()
      .nullable(),
    courtHistory: z.array(z.object({ courtId: CourtIdSchema, at: epochMs, by, reason: z.string().max(500).nullable() }).strict()).max(50),
    notification: z
      .object({
        channel: z.enum(NOTIFICATION_CHANNELS),
        notifiedOn: IsoDateSchema,
        /** The defence term's last day, fixed with the term in force on the notification day. */
        due: IsoDateSchema,
        /** The voluntary-payment offer: the fine in UEM, the UEM value and the discount in force that day. */
        offerUem: z.number().int().min(0).max(1_000_000),
        uemValueArs: z.number().min(0.01),
        discountPct: z.number().min(0).max(100),
      })
      .strict()
      .nullable(),
    defence: z
      .object({ filedOn: IsoDateSchema, statement: z.string().max(MAX_STATEMENT) })
      .strict()
      .nullable(),
    voluntaryPayment: z
      .object({ paidOn: IsoDateSchema, amountCents: z.number().int().min(0), receipt: z.string().max(80) })
      .strict()
      .nullable(),
    settlement: z
      .object({ how: z.enum(CASE_SETTLEMENTS), on: IsoDateSchema, note: z.string().max(500) })
      .strict()
      .nullable(),
    timeline: z.array(z.object({ at: epochMs, status: z.enum(CASE_STATUSES), by, note: z.string().max(500).optional() }).strict()).max(200),
    createdAt: epochMs,
    version: z.number().int().min(1),
  })
  .strict();
export type CourtCase = z.output<typeof CourtCaseSchema>;
