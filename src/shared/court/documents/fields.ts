// Pieces both printed court documents share (the cédula and the acta de audiencia): the court, its officials, the
// offender, the acta the case came from, money. Plain, already-decided values — names as they are to be printed,
// instants in epoch ms, Córdoba calendar days as "YYYY-MM-DD", money in integer cents, outcomes as codes — so that
// whoever maps the case and hearing records onto them decides the law, and the documents only print.
// Every field is bounded: the documents are made from data that came over the network, and a megabyte name or a
// negative fine must be refused before a single byte of PDF is written.
// docs/DOMAIN.md, Court procedure
import { z } from 'zod';
import { CuitSchema, DniSchema, InstantSchema } from '../../rules/fields.ts';
import { NORMS } from '../../rules/norms.ts';
import { IsoDateSchema } from '../../settings/iso-date.ts';
import { isProvisional, parseCaseNumber } from '../case-number.ts';

export { InstantSchema, IsoDateSchema };

/**
 * Whether the text has a C0/C1 control character: they have no glyph, so in a field they are a bug or an attack,
 * never data. In long text newlines and tabs are layout (`layout`), and allowed.
 */
function hasControl(text: string, layout: boolean): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (layout && (code === 0x09 || code === 0x0a || code === 0x0d)) continue;
    if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) return true;
  }
  return false;
}

/** Required one-line text of at most `max` characters. */
export const lineSchema = (max: number) =>
  z
    .string({ error: 'required' })
    .trim()
    .min(1, 'required')
    .max(max, 'too_long')
    .refine((s) => !hasControl(s, false), 'control_character');

/** Required text that may span paragraphs (newlines), at most `max` characters. */
export const longTextSchema = (max: number) =>
  z
    .string({ error: 'required' })
    .trim()
    .min(1, 'required')
    .max(max, 'too_long')
    .refine((s) => !hasControl(s, true), 'control_character');

/**
 * Case numbers of the Tribunal de Faltas (../case-number.ts): the hub's "TF-2026-000123", or the provisional number
 * of a case opened offline ("TF-2026-P-3F2A-000017"), which only a draft may carry (the documents check that).
 */
export const CaseNumberSchema = z
  .string({ error: 'required' })
  .trim()
  .min(1, 'required')
  .refine((n) => parseCaseNumber(n) !== null || isProvisional(n), 'invalid_case_number');

/** The largest amount a document prints: 10^12 cents ($ 10.000 millones), far above any fine, far below 2^53. */
export const MAX_CENTS = 1_000_000_000_000;

/** Money in integer cents: never a float (0.1 + 0.2 is not a peso amount), never negative. */
export const CentsSchema = z
  .number({ error: 'required' })
  .int('not_integer_cents')
  .min(0, 'negative_amount')
  .max(MAX_CENTS, 'amount_too_large');

/** A count of UEM (Unidad Económica Municipal): fines are set in whole units, at most in hundredths. */
export const UemCountSchema = z
  .number({ error: 'required' })
  .positive('out_of_range')
  .max(100_000, 'out_of_range')
  .refine((n) => Math.abs(n * 100 - Math.round(n * 100)) < 1e-6, 'too_many_decimals');

/**
 * A fine in UEM with the peso value of one UEM on the day it applies (the dated setting court.uemValueArs) and the
 * resulting amount. The amount is checked against uem × value, rounded to the cent as ../amounts.ts rounds it
 * (exact for whole UEM): a document that prints "200 UEM × $ 10.808,00 = $ 2.000.000,00" is worse than none.
 */
export const FineSchema = z
  .object({
    uem: UemCountSchema,
    uemValueCents: CentsSchema.refine((c) => c > 0, 'out_of_range'),
    amountCents: CentsSchema,
  })
  .strict()
  .refine((f) => f.amountCents === Math.round(f.uem * f.uemValueCents), { message: 'amount_mismatch', path: ['amountCents'] });
export type Fine = z.output<typeof FineSchema>;

/** The court that prints the document: "Juzgado Administrativo Municipal de Faltas N.º 3" and where it sits. */
export const CourtSchema = z
  .object({
    name: lineSchema(120),
    address: lineSchema(200),
    /** When its desk receives filings, as it is to be printed: "de lunes a viernes, de 8:30 a 13:30". */
    deskHours: lineSchema(120),
    email: z.email('invalid_email').max(120, 'too_long').optional(),
  })
  .strict();
export type Court = z.output<typeof CourtSchema>;

/** A judge or clerk: the name as signed ("Dra. María Laura Ferreyra") and the title ("Jueza de Faltas"). */
export const OfficialSchema = z
  .object({
    fullName: lineSchema(120),
    title: lineSchema(120),
  })
  .strict();
export type Official = z.output<typeof OfficialSchema>;

/** A person named in a document, with a DNI when one is known. */
export const PersonSchema = z
  .object({
    fullName: lineSchema(120),
    dni: DniSchema.optional(),
  })
  .strict();
export type Person = z.output<typeof PersonSchema>;

/** Who the case is against: a person by DNI, or a company by CUIT (and who represents it). */
export const DocumentOffenderSchema = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('person'),
      fullName: lineSchema(120),
      dni: DniSchema,
      address: lineSchema(200).optional(),
    })
    .strict(),
  z
    .object({
      kind: z.literal('company'),
      name: lineSchema(200),
      cuit: CuitSchema,
      address: lineSchema(200).optional(),
      representative: PersonSchema.optional(),
    })
    .strict(),
]);
export type DocumentOffender = z.output<typeof DocumentOffenderSchema>;

/** One article cited: "Art. 92 bis, inc. b, Código de Convivencia (Ord. 12.468) — conducir con alcoholemia positiva". */
export const LegalCitationSchema = z
  .object({
    norm: z.enum(NORMS),
    article: z.number({ error: 'required' }).int('not_integer').min(1, 'out_of_range').max(999, 'out_of_range'),
    suffix: z.enum(['bis', 'ter', 'quater']).optional(),
    /** "inc. b", "párr. 2º", as printed. */
    paragraph: lineSchema(30).optional(),
    /** What the article punishes, in a few words, as printed. */
    offence: lineSchema(200).optional(),
  })
  .strict()
  // The Code has 295 articles (docs/DOMAIN.md, Sources): a higher number is a typing error.
  .refine((c) => c.norm !== 'ord_12468' || c.article <= 295, { message: 'out_of_range', path: ['article'] });
export type LegalCitation = z.output<typeof LegalCitationSchema>;

export const LegalCitationListSchema = z.array(LegalCitationSchema).min(1, 'required').max(10, 'too_many');

/** The acta de constatación the case came from, as the court read it. */
export const ActaFactsSchema = z
  .object({
    /** The acta's own number, as printed on it. */
    number: lineSchema(40),
    occurredAt: InstantSchema,
    place: lineSchema(200),
    /** What was seen, in the promoter's words. */
    description: longTextSchema(4000),
    promoterName: lineSchema(120).optional(),
    legalBasis: LegalCitationListSchema,
  })
  .strict();
export type ActaFacts = z.output<typeof ActaFactsSchema>;

/** A list of distinct codes (a code given twice is a bug in the caller, refused). */
export const distinctList = <T extends z.ZodType>(item: T, max: number) =>
  z
    .array(item)
    .max(max, 'too_many')
    .refine((list) => new Set(list.map((x) => JSON.stringify(x))).size === list.length, 'duplicate');
