// The shape of a notice's follow-up (emplazamiento): what notice.ts, its record kind, keeps. A notice finding becomes
// one when its operation or incident closes (id = the finding's); the coordinators then record how and when the
// owner was notified — which fixes the deadline and plans the re-inspection — and the re-inspection's result.
import { z } from 'zod';
import { OPERATION_TYPES } from '../operations/codes.ts';
import { NoticeRecordSchema } from '../rules/findings.ts';
import { OFFENCE_CATEGORIES } from '../settings/catalogue.ts';
import { IsoDateSchema } from '../settings/iso-date.ts';
import { NOTIFICATION_CHANNELS } from './court-case-schema.ts';

/** How a re-inspection ends: the owner complied; the city did the work at the owner's cost (acta); nothing was done (acta). */
export const NOTICE_RESULTS = ['complied_by_owner', 'complied_by_city', 'not_complied'] as const;
export type NoticeResult = (typeof NOTICE_RESULTS)[number];

export const NOTICE_ORIGINS = ['operation', 'complaint'] as const;

const epochMs = z.number().int().min(0);
const by = z.string().max(64).nullable();
export const NoticeIdSchema = z.string().uuid('invalid_value');
export const TrialVariantKeySchema = z
  .string()
  .min(1, 'required')
  .max(20, 'too_long')
  .regex(/^[a-z0-9_-]+$/, 'invalid_value');

export const NoticeSchema = z
  .object({
    id: NoticeIdSchema,
    origin: z.enum(NOTICE_ORIGINS),
    /** The operation or incident whose finding it was. */
    sourceId: z.string().uuid(),
    operationType: z.enum(OPERATION_TYPES).nullable(),
    category: z.enum(OFFENCE_CATEGORIES),
    barrio: z.string().min(1).max(80),
    record: NoticeRecordSchema,
    /** A lot's surface, for the Art. 208 range if it ends in an acta (null: not a lot, or not measured). */
    surfaceM2: z.number().min(1).max(10_000_000).nullable(),
    createdAt: epochMs,
    notification: z
      .object({
        channel: z.enum(NOTIFICATION_CHANNELS),
        notifiedAt: epochMs,
        /** The last Córdoba day to comply, fixed with the deadline in force on the notification day. */
        lastDay: IsoDateSchema,
        /** The first instant after the deadline: the re-inspection is planned from then. */
        dueBy: epochMs,
        by,
      })
      .strict()
      .nullable(),
    /** The notice-wording trial variant the notification used (notice-trial.ts), null outside any trial. */
    variant: z.object({ trialId: z.string().uuid(), key: TrialVariantKeySchema }).strict().nullable(),
    /** The re-inspection operation planned at notification. */
    reinspectionId: z.string().uuid().nullable(),
    result: z
      .object({
        outcome: z.enum(NOTICE_RESULTS),
        at: epochMs,
        by,
        comment: z.string().max(2000).nullable(),
        /** The acta's court case when the owner did not comply. */
        actaId: z.string().uuid().nullable(),
      })
      .strict()
      .nullable(),
    version: z.number().int().min(1),
  })
  .strict();
export type Notice = z.infer<typeof NoticeSchema>;
