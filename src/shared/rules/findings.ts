// How every finding ends, and the record an acta or a notice becomes. The program measures prevention: a finding
// is graded from "nothing wrong" to "goes to court", and only notices and actas carry the full record the court
// (offender, legal basis, place, time, evidence, author) and the indicators need.
// docs/DOMAIN.md, Findings and outcomes
import { z } from 'zod';
import {
  CadastralIdSchema,
  CommentSchema,
  CuitSchema,
  DniSchema,
  EvidenceListSchema,
  InstantSchema,
  PlateSchema,
  textSchema,
} from './fields.ts';
import { NORMS } from './norms.ts';

/** Lightest to heaviest. */
export const FINDING_OUTCOMES = ['no_finding', 'guidance', 'warning', 'notice', 'acta', 'referral'] as const;
export type FindingOutcome = (typeof FINDING_OUTCOMES)[number];
export const FindingOutcomeSchema = z.enum(FINDING_OUTCOMES);

/** Whether the outcome needs an offender record (and so may reach the court). */
export const needsRecord = (outcome: FindingOutcome): outcome is 'notice' | 'acta' => outcome === 'notice' || outcome === 'acta';

/**
 * Who a warning, notice or acta is against. A person by DNI, a company or owner by CUIT, a property by its cadastral
 * id (a vacant lot whose owner is not looked up yet), or — for a camera finding before the owner is looked up — a
 * vehicle by its plate. The same identity across findings is what "warned before?" (antecedentes) counts.
 */
export const OffenderSchema = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('person'),
      dni: DniSchema,
      fullName: textSchema(120),
      address: z.string().trim().max(200, 'too_long').optional(),
    })
    .strict(),
  z
    .object({
      kind: z.literal('company'),
      cuit: CuitSchema,
      name: textSchema(200),
      address: z.string().trim().max(200, 'too_long').optional(),
    })
    .strict(),
  z.object({ kind: z.literal('vehicle'), plate: PlateSchema }).strict(),
  z.object({ kind: z.literal('property'), cadastralId: CadastralIdSchema, address: textSchema(200) }).strict(),
]);
export type Offender = z.output<typeof OffenderSchema>;

export const LegalBasisSchema = z
  .object({
    norm: z.enum(NORMS),
    article: z.number().int('not_integer').min(1, 'out_of_range').max(999, 'out_of_range'),
    /** "Art. 92 bis". */
    suffix: z.enum(['bis', 'ter', 'quater']).optional(),
  })
  .strict()
  // The Code has 295 articles: a higher number is a typing error.
  .refine((b) => b.norm !== 'ord_12468' || b.article <= 295, { message: 'out_of_range', path: ['article'] });

export type LegalBasis = z.infer<typeof LegalBasisSchema>;

export const PlaceSchema = z
  .object({
    address: textSchema(200),
    lat: z.number().min(-90, 'out_of_range').max(90, 'out_of_range'),
    lng: z.number().min(-180, 'out_of_range').max(180, 'out_of_range'),
  })
  .strict();

const recordFields = {
  offender: OffenderSchema,
  legalBasis: LegalBasisSchema,
  place: PlaceSchema,
  occurredAt: InstantSchema,
  /** What was seen, in the promoter's words. */
  description: textSchema(2000),
  evidence: EvidenceListSchema,
  /** The promoter who wrote it (a staff id). */
  promoterId: textSchema(40),
  operationId: z.string().uuid().optional(),
};

/** An acta de constatación: it goes to the Faltas court. */
export const ActaRecordSchema = z.object({ kind: z.literal('acta'), ...recordFields }).strict();

export type ActaRecord = z.infer<typeof ActaRecordSchema>;

/** A notice (emplazamiento): the offender is given until `deadline` to comply. */
export const NoticeRecordSchema = z
  .object({ kind: z.literal('notice'), ...recordFields, deadline: InstantSchema })
  .strict()
  .refine((n) => n.deadline > n.occurredAt, { message: 'deadline_before_finding', path: ['deadline'] });
export type NoticeRecord = z.infer<typeof NoticeRecordSchema>;

export const REFERRAL_TARGETS = ['community_mediation', 'other_agency'] as const;

/** A finding with its outcome; notices and actas carry their record, referrals say where to. */
export const FindingSchema = z.discriminatedUnion('outcome', [
  z.object({ outcome: z.literal('no_finding'), comment: CommentSchema.optional() }).strict(),
  z.object({ outcome: z.literal('guidance'), comment: CommentSchema.optional() }).strict(),
  // Optional only for warnings recorded before identities were (issue 14); the forms require it.
  z.object({ outcome: z.literal('warning'), offender: OffenderSchema.optional(), comment: CommentSchema.optional() }).strict(),
  z.object({ outcome: z.literal('notice'), record: NoticeRecordSchema, comment: CommentSchema.optional() }).strict(),
  z.object({ outcome: z.literal('acta'), record: ActaRecordSchema, comment: CommentSchema.optional() }).strict(),
  z
    .object({
      outcome: z.literal('referral'),
      to: z.enum(REFERRAL_TARGETS),
      agency: z.string().trim().max(120, 'too_long').optional(),
      comment: CommentSchema.optional(),
    })
    .strict(),
]);
export type Finding = z.output<typeof FindingSchema>;
