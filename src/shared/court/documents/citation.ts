// The cédula de notificación y citación a audiencia: what the offender receives. It tells them the case, the facts
// and the article, summons them to the hearing, offers voluntary payment with the discount while it applies, says
// until when and how a defence (descargo) may be filed, and carries the clerk's signature block.
// docs/DOMAIN.md, Court procedure
import { z } from 'zod';
import { cordobaIsoDate } from '../../time/cordoba.ts';
import { discounted } from '../amounts.ts';
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
  lineSchema,
  OfficialSchema,
  distinctList,
} from './fields.ts';

/** How the offender may file a defence: Ciudadano Digital, the court's desk, or e-mail to the court. */
export const DEFENCE_CHANNELS = ['cidi', 'in_person', 'email'] as const;
export type DefenceChannel = (typeof DEFENCE_CHANNELS)[number];

/** How the cédula is delivered: through CiDi, by hand (it then carries a receipt block), or by post. */
export const CITATION_DELIVERIES = ['cidi', 'in_person', 'post'] as const;

export const VoluntaryPaymentOfferSchema = z
  .object({
    /** The fine the offer is computed from. */
    fine: FineSchema,
    /** The discount in percent (the dated setting court.voluntaryPaymentDiscountPct). */
    discountPct: z.number({ error: 'required' }).int('not_integer').min(1, 'out_of_range').max(100, 'out_of_range'),
    /** What is paid with the discount, as the caller computed and rounded it. */
    discountedAmountCents: CentsSchema,
    /** The last Córdoba day the discount applies. */
    deadline: IsoDateSchema,
  })
  .strict()
  .refine((o) => o.discountedAmountCents < o.fine.amountCents, { message: 'discount_not_lower', path: ['discountedAmountCents'] })
  // The discount as the court computes it (../amounts.ts: to the cent, half up), not another rounding.
  .refine((o) => o.discountedAmountCents === discounted(o.fine.amountCents, o.discountPct), {
    message: 'discount_mismatch',
    path: ['discountedAmountCents'],
  });
export type VoluntaryPaymentOffer = z.output<typeof VoluntaryPaymentOfferSchema>;

export const CitationSignatureSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('draft') }).strict(),
  z.object({ status: z.literal('signed'), signedAt: InstantSchema }).strict(),
]);

export const CitationDocumentSchema = z
  .object({
    caseNumber: CaseNumberSchema,
    /** When the cédula is issued: printed as its date, and the PDF's creation date (never the clock: same input, same bytes). */
    issuedAt: InstantSchema,
    court: CourtSchema,
    clerk: OfficialSchema,
    offender: DocumentOffenderSchema,
    acta: ActaFactsSchema,
    hearing: z
      .object({
        at: InstantSchema,
        /** "Sala 2", as printed. */
        room: lineSchema(60),
        address: lineSchema(200),
      })
      .strict(),
    /** Absent (or null) when the offence admits no voluntary payment, or its discount no longer applies. */
    voluntaryPayment: VoluntaryPaymentOfferSchema.nullable().optional(),
    defence: z
      .object({
        /** The last Córdoba day to file it (src/shared/court/deadlines.ts computes it). */
        deadline: IsoDateSchema,
        /** The term as the dated setting court.defenceDeadlines states it, printed beside the date. */
        days: z.number({ error: 'required' }).int('not_integer').min(1, 'out_of_range').max(60, 'out_of_range'),
        businessDays: z.boolean({ error: 'required' }),
        channels: distinctList(z.enum(DEFENCE_CHANNELS), DEFENCE_CHANNELS.length).min(1, 'required'),
      })
      .strict(),
    delivery: z.enum(CITATION_DELIVERIES),
    signature: CitationSignatureSchema,
  })
  .strict()
  .superRefine((c, ctx) => {
    if (c.hearing.at <= c.issuedAt) ctx.addIssue({ code: 'custom', message: 'hearing_before_issue', path: ['hearing', 'at'] });
    // Deadlines are Córdoba days; one already over when the cédula is issued cannot be offered in it.
    const issuedOn = cordobaIsoDate(c.issuedAt);
    if (c.defence.deadline < issuedOn) ctx.addIssue({ code: 'custom', message: 'deadline_before_issue', path: ['defence', 'deadline'] });
    if (c.voluntaryPayment && c.voluntaryPayment.deadline < issuedOn)
      ctx.addIssue({ code: 'custom', message: 'deadline_before_issue', path: ['voluntaryPayment', 'deadline'] });
    // A provisional number (a case opened offline) is for drafts: what is served carries the hub's number.
    if (c.signature.status === 'signed' && isProvisional(c.caseNumber))
      ctx.addIssue({ code: 'custom', message: 'provisional_case_number', path: ['caseNumber'] });
    if (c.signature.status === 'signed' && c.signature.signedAt < c.acta.occurredAt)
      ctx.addIssue({ code: 'custom', message: 'signed_before_acta', path: ['signature', 'signedAt'] });
    if (c.defence.channels.includes('email') && !c.court.email)
      ctx.addIssue({ code: 'custom', message: 'email_channel_without_address', path: ['court', 'email'] });
  });
export type CitationDocument = z.output<typeof CitationDocumentSchema>;
/** What a caller passes: DNI and CUIT may still carry dots and dashes (the schema keeps digits only). */
export type CitationDocumentInput = z.input<typeof CitationDocumentSchema>;
