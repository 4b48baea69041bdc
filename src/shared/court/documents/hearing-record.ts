// The acta de audiencia: the record of the in-person hearing at the Tribunal de Faltas. Case data, who attended,
// the identity check, the interpreter, the statement (descargo, which may run to pages), the evidence, the
// resolution with its legal basis, amounts and deadlines, and the signatures — or a visible "draft" when unsigned.
// docs/DOMAIN.md, Court procedure ("A hearing record holds: …")
import { z } from 'zod';
import { cordobaIsoDate } from '../../time/cordoba.ts';
import { isProvisional } from '../case-number.ts';
import {
  ActaFactsSchema,
  CaseNumberSchema,
  CentsSchema,
  CourtSchema,
  DocumentOffenderSchema,
  FineSchema,
  InstantSchema,
  IsoDateSchema,
  LegalCitationListSchema,
  lineSchema,
  longTextSchema,
  OfficialSchema,
} from './fields.ts';
import { DniSchema } from '../../rules/fields.ts';

/** The statement may be long (a written descargo read into the record), but not unbounded. */
export const MAX_STATEMENT = 100_000;

export const PARTY_ROLES = ['offender', 'legal_representative', 'defence_counsel', 'witness', 'promoter', 'interpreter', 'other'] as const;
export const ATTENDANCES = ['present', 'remote', 'absent', 'excused'] as const;

export const HearingPartySchema = z
  .object({
    role: z.enum(PARTY_ROLES),
    fullName: lineSchema(120),
    dni: DniSchema.optional(),
    attendance: z.enum(ATTENDANCES),
    /** "Matrícula 1-34567", "por videollamada", as printed. */
    note: lineSchema(200).optional(),
  })
  .strict();
export type HearingParty = z.output<typeof HearingPartySchema>;

export const IDENTITY_DOCUMENTS = ['dni', 'passport', 'other'] as const;

export const IdentityCheckSchema = z.discriminatedUnion('checked', [
  z
    .object({
      checked: z.literal(true),
      /** Whose identity was checked (the offender, or who represents them). */
      fullName: lineSchema(120),
      document: z.enum(IDENTITY_DOCUMENTS),
      number: lineSchema(30),
    })
    .strict(),
  z.object({ checked: z.literal(false), reason: lineSchema(300) }).strict(),
]);

export const InterpreterSchema = z.discriminatedUnion('needed', [
  z.object({ needed: z.literal(false) }).strict(),
  z
    .object({
      needed: z.literal(true),
      fullName: lineSchema(120),
      /** "lengua de señas argentina", "quechua", as printed. */
      language: lineSchema(60),
      dni: DniSchema.optional(),
    })
    .strict(),
]);

export const STATEMENT_ABSENCES = ['declined', 'absent'] as const;

export const StatementSchema = z.discriminatedUnion('given', [
  z
    .object({
      given: z.literal(true),
      /** Who speaks: the offender, or who represents them. */
      by: lineSchema(120),
      text: longTextSchema(MAX_STATEMENT),
    })
    .strict(),
  z.object({ given: z.literal(false), by: lineSchema(120), reason: z.enum(STATEMENT_ABSENCES) }).strict(),
]);

export const EVIDENCE_ITEM_KINDS = ['acta', 'photo', 'video', 'camera_clip', 'reading', 'document', 'testimony', 'other'] as const;

export const EvidenceItemSchema = z
  .object({
    kind: z.enum(EVIDENCE_ITEM_KINDS),
    description: lineSchema(300),
    /** Where the evidence is kept (a file id, a clip reference), never the evidence itself. */
    ref: lineSchema(200).optional(),
  })
  .strict();

/** The measures a resolution can order (docs/DOMAIN.md, Court procedure: "resolution: …"). */
export const MEASURE_KINDS = [
  'absolution',
  'warning',
  'fine',
  'community_service',
  'seizure',
  'closure',
  'payment_plan',
  'mediation',
] as const;
export type MeasureKind = (typeof MEASURE_KINDS)[number];

export const InstalmentSchema = z.object({ dueOn: IsoDateSchema, amountCents: CentsSchema.refine((c) => c > 0, 'out_of_range') }).strict();

export const MeasureSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('absolution') }).strict(),
  z.object({ kind: z.literal('warning') }).strict(),
  z.object({ kind: z.literal('fine'), fine: FineSchema, paymentDeadline: IsoDateSchema }).strict(),
  z
    .object({
      kind: z.literal('community_service'),
      /** Community work, or training (Escuela de Convivencia), instead of or besides the fine (Art. 28). */
      mode: z.enum(['work', 'training']),
      hours: z.number({ error: 'required' }).int('not_integer').min(1, 'out_of_range').max(1000, 'out_of_range'),
      /** Where or in which programme, as printed. */
      programme: lineSchema(200),
      deadline: IsoDateSchema,
    })
    .strict(),
  z.object({ kind: z.literal('seizure'), items: lineSchema(300) }).strict(),
  z
    .object({
      kind: z.literal('closure'),
      address: lineSchema(200),
      /** Days of closure; absent: a definitive closure. */
      days: z.number({ error: 'required' }).int('not_integer').min(1, 'out_of_range').max(3650, 'out_of_range').optional(),
    })
    .strict(),
  z
    .object({
      kind: z.literal('payment_plan'),
      instalments: z.array(InstalmentSchema).min(2, 'too_few').max(60, 'too_many'),
    })
    .strict(),
  z.object({ kind: z.literal('mediation'), note: lineSchema(300).optional() }).strict(),
]);
export type Measure = z.output<typeof MeasureSchema>;

export const ResolutionSchema = z
  .object({
    /** A default decision (rebeldía): the offender did not appear although notified. */
    inAbsentia: z.boolean().default(false),
    measures: z.array(MeasureSchema).min(1, 'required').max(MEASURE_KINDS.length, 'too_many'),
    legalBasis: LegalCitationListSchema,
    /** The judge's reasons (fundamentos), if recorded. */
    reasoning: longTextSchema(20_000).optional(),
    /** The last Córdoba day to appeal to the Cámara de Apelaciones de Faltas. */
    appealDeadline: IsoDateSchema.optional(),
  })
  .strict()
  .superRefine((r, ctx) => {
    const kinds = r.measures.map((m) => m.kind);
    if (new Set(kinds).size !== kinds.length) ctx.addIssue({ code: 'custom', message: 'duplicate_measure', path: ['measures'] });
    if (kinds.includes('absolution') && kinds.length > 1)
      ctx.addIssue({ code: 'custom', message: 'absolution_with_sanction', path: ['measures'] });
    const plan = r.measures.find((m) => m.kind === 'payment_plan');
    if (!plan) return;
    const fine = r.measures.find((m) => m.kind === 'fine');
    if (!fine) {
      ctx.addIssue({ code: 'custom', message: 'payment_plan_without_fine', path: ['measures'] });
      return;
    }
    // Integer cents: the instalments add up to the fine exactly, or the plan is wrong.
    const total = plan.instalments.reduce((sum, i) => sum + i.amountCents, 0);
    if (total !== fine.fine.amountCents) ctx.addIssue({ code: 'custom', message: 'instalments_do_not_add_up', path: ['measures'] });
    const days = plan.instalments.map((i) => i.dueOn);
    if (days.some((d, i) => i > 0 && d <= days[i - 1]!))
      ctx.addIssue({ code: 'custom', message: 'instalments_out_of_order', path: ['measures'] });
  });
export type Resolution = z.output<typeof ResolutionSchema>;

export const OFFENDER_SIGNATURES = ['signed', 'refused', 'absent'] as const;

export const HearingSignaturesSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('draft') }).strict(),
  z
    .object({
      status: z.literal('signed'),
      judgeSignedAt: InstantSchema,
      clerkSignedAt: InstantSchema,
      /** Whether the offender (or who represents them) signed, refused to, or was not there. */
      offender: z.enum(OFFENDER_SIGNATURES),
      offenderSignedAt: InstantSchema.optional(),
    })
    .strict()
    .refine((s) => (s.offender === 'signed') === (s.offenderSignedAt !== undefined), {
      message: 'offender_signature_time',
      path: ['offenderSignedAt'],
    }),
]);
export type HearingSignatures = z.output<typeof HearingSignaturesSchema>;

export const HearingRecordDocumentSchema = z
  .object({
    caseNumber: CaseNumberSchema,
    /** When the record is issued (printed): the PDF's creation date, never the clock (same input, same bytes). */
    issuedAt: InstantSchema,
    court: CourtSchema,
    judge: OfficialSchema,
    clerk: OfficialSchema,
    hearing: z
      .object({
        startedAt: InstantSchema,
        endedAt: InstantSchema,
        room: lineSchema(60),
      })
      .strict(),
    offender: DocumentOffenderSchema,
    acta: ActaFactsSchema,
    parties: z.array(HearingPartySchema).min(1, 'required').max(30, 'too_many'),
    identity: IdentityCheckSchema,
    interpreter: InterpreterSchema,
    statement: StatementSchema,
    evidence: z.array(EvidenceItemSchema).max(100, 'too_many'),
    resolution: ResolutionSchema,
    signatures: HearingSignaturesSchema,
  })
  .strict()
  .superRefine((h, ctx) => {
    if (h.hearing.endedAt < h.hearing.startedAt)
      ctx.addIssue({ code: 'custom', message: 'ends_before_start', path: ['hearing', 'endedAt'] });
    if (h.hearing.startedAt < h.acta.occurredAt)
      ctx.addIssue({ code: 'custom', message: 'hearing_before_acta', path: ['hearing', 'startedAt'] });
    if (h.parties.filter((p) => p.role === 'offender').length > 1)
      ctx.addIssue({ code: 'custom', message: 'two_offenders', path: ['parties'] });
    if (h.signatures.status === 'signed') {
      // A provisional number (a case opened offline) is for drafts: a signed record carries the hub's number.
      if (isProvisional(h.caseNumber)) ctx.addIssue({ code: 'custom', message: 'provisional_case_number', path: ['caseNumber'] });
      for (const key of ['judgeSignedAt', 'clerkSignedAt', 'offenderSignedAt'] as const) {
        const at = h.signatures[key];
        if (at !== undefined && at < h.hearing.startedAt)
          ctx.addIssue({ code: 'custom', message: 'signed_before_hearing', path: ['signatures', key] });
      }
    }
    // Deadlines run from the hearing: one before its day is a typing error.
    const heldOn = cordobaIsoDate(h.hearing.startedAt);
    h.resolution.measures.forEach((m, i) => {
      const day = m.kind === 'fine' ? m.paymentDeadline : m.kind === 'community_service' ? m.deadline : undefined;
      if (day !== undefined && day < heldOn)
        ctx.addIssue({ code: 'custom', message: 'deadline_before_hearing', path: ['resolution', 'measures', i] });
    });
    if (h.resolution.appealDeadline !== undefined && h.resolution.appealDeadline < heldOn)
      ctx.addIssue({ code: 'custom', message: 'deadline_before_hearing', path: ['resolution', 'appealDeadline'] });
  });
export type HearingRecordDocument = z.output<typeof HearingRecordDocumentSchema>;
/** What a caller passes: DNI and CUIT may still carry dots and dashes (the schema keeps digits only). */
export type HearingRecordDocumentInput = z.input<typeof HearingRecordDocumentSchema>;
