// The shape of a notice trial: two to four wordings of a notice, tried on the notices of one category, in some
// barrios, between two dates. Each notice notified inside it gets a variant from the seed (insights/trial-assignment.ts),
// so anyone can recompute who got which wording and audit the trial.
import { z } from 'zod';
import { BARRIO_NAMES } from '../geo/barrios.ts';
import { OFFENCE_CATEGORIES } from '../settings/catalogue.ts';
import { IsoDateSchema } from '../settings/iso-date.ts';
import { isOneOf } from '../util/one-of.ts';
import { TrialVariantKeySchema } from './notice-schema.ts';

const text = (max: number) => z.string().trim().min(1, 'required').max(max, 'too_long');

export const TrialVariantSchema = z.object({ key: TrialVariantKeySchema, label: text(80), wording: text(4000) }).strict();

/** What an administrator defines; the record adds who, when and whether it was stopped early. */
export const TrialDefinitionSchema = z
  .object({
    name: text(120),
    category: z.enum(OFFENCE_CATEGORIES),
    variants: z
      .array(TrialVariantSchema)
      .min(2, 'too_few')
      .max(4, 'too_many')
      .refine((v) => new Set(v.map((x) => x.key)).size === v.length, 'duplicated'),
    barrios: z
      .array(z.string().refine((name) => isOneOf(BARRIO_NAMES, name), 'unknown_barrio'))
      .min(1, 'required')
      .max(600, 'too_many')
      .refine((b) => new Set(b).size === b.length, 'duplicated'),
    start: IsoDateSchema,
    end: IsoDateSchema,
    /** Recorded for audit: the assignment is a pure function of the seed and the notice id. */
    seed: z
      .string()
      .min(8, 'too_short')
      .max(64, 'too_long')
      .regex(/^[A-Za-z0-9_-]+$/, 'invalid_value'),
  })
  .strict()
  .refine((t) => t.end >= t.start, { message: 'end_before_start', path: ['end'] });
export type TrialDefinition = z.infer<typeof TrialDefinitionSchema>;

export const NoticeTrialSchema = z
  .object({
    id: z.string().uuid(),
    definition: TrialDefinitionSchema,
    createdAt: z.number().int().min(0),
    createdBy: z.string().max(64).nullable(),
    /** Stopped before its end (no more notices join it). */
    stoppedAt: z.number().int().min(0).nullable(),
    version: z.number().int().min(1),
  })
  .strict();
export type NoticeTrial = z.infer<typeof NoticeTrialSchema>;
