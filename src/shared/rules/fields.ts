// Field schemas shared by every result form, bounded against hostile input: a measurement outside what an
// instrument can read, a date outside 2000–2100, a comment of megabytes, an unbounded list — each is refused with
// a message key (errors.field.*), so nothing is saved and the form says why.
// docs/DOMAIN.md, Operation types
import { z } from 'zod';
import { IsoDateSchema } from '../settings/iso-date.ts';

export { IsoDateSchema };
export const MAX_COMMENT = 2000;
export const INSTANT_EARLIEST = Date.UTC(2000, 0, 1);
export const INSTANT_LATEST = Date.UTC(2101, 0, 1) - 1;

/** An instant (epoch ms) in 2000 … 2100. */
export const InstantSchema = z
  .number()
  .int('invalid_date')
  .min(INSTANT_EARLIEST, 'date_out_of_range')
  .max(INSTANT_LATEST, 'date_out_of_range');

/** A sound level in dB(A): 0 … 140 (the threshold of pain; meters read no higher). */
export const DecibelSchema = z.number().min(0, 'out_of_range').max(140, 'out_of_range');

/** Blood alcohol in g/L: 0 … 5 (well above any survivable level). */
export const GramsPerLitreSchema = z.number().min(0, 'out_of_range').max(5, 'out_of_range');

export const countSchema = (max: number) => z.number().int('not_integer').min(0, 'out_of_range').max(max, 'out_of_range');

/** Required one-line text. */
export const textSchema = (max: number) => z.string().trim().min(1, 'required').max(max, 'too_long');

/** Free comment: optional, at most MAX_COMMENT characters. */
export const CommentSchema = z.string().trim().max(MAX_COMMENT, 'too_long');

const DNI = /^(\d{1,2}\.?\d{3}\.?\d{3})$/;
/** DNI: 7 or 8 digits, dots optional ("12.345.678"); kept as digits only. */
export const DniSchema = z
  .string()
  .trim()
  .regex(DNI, 'invalid_dni')
  .transform((s) => s.replace(/\./g, ''))
  .refine((s) => s.length >= 7 && !s.startsWith('0'), 'invalid_dni');

/** CUIT/CUIL: 11 digits (dashes optional) whose last digit is the mod-11 check digit; kept as digits only. */
export const CuitSchema = z
  .string()
  .trim()
  .regex(/^\d{2}-?\d{8}-?\d$/, 'invalid_cuit')
  .transform((s) => s.replace(/-/g, ''))
  .refine(cuitCheckDigitOk, 'invalid_cuit');

export function cuitCheckDigitOk(digits: string): boolean {
  if (!/^\d{11}$/.test(digits)) return false;
  const weights = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
  const sum = weights.reduce((acc, w, i) => acc + w * Number(digits[i]), 0);
  const check = 11 - (sum % 11);
  const expected = check === 11 ? 0 : check;
  return expected !== 10 && expected === Number(digits[10]);
}

// Argentine plates: cars ABC123 (1995) and AB123CD (Mercosur, 2016); motorcycles 123ABC and A123BCD.
const PLATE = /^([A-Z]{3}\d{3}|[A-Z]{2}\d{3}[A-Z]{2}|\d{3}[A-Z]{3}|[A-Z]\d{3}[A-Z]{3})$/;
/** A vehicle plate, typed with or without spaces and dashes, in any case; kept upper-case without separators. */
export const PlateSchema = z
  .string()
  .max(20, 'invalid_plate')
  .transform((s) => s.replace(/[\s-]/g, '').toUpperCase())
  .refine((s) => PLATE.test(s), 'invalid_plate');

/** A parcel's cadastral id as the city writes it ("04-05-012-003"): digits, letters and . / - separators. */
export const CadastralIdSchema = textSchema(40).regex(/^[0-9A-Za-z./ -]+$/, 'invalid_cadastral_id');

export const EVIDENCE_KINDS = ['photo', 'video', 'camera_clip', 'reading', 'document'] as const;
export const MAX_EVIDENCE = 50;
/** A reference to evidence stored elsewhere (a file id, a clip reference), never the evidence itself. */
export const EvidenceRefSchema = z.object({ kind: z.enum(EVIDENCE_KINDS), ref: textSchema(200) }).strict();
export const EvidenceListSchema = z.array(EvidenceRefSchema).max(MAX_EVIDENCE, 'too_many');

/** A list of distinct codes, at most the number of codes (a code ticked twice is a form bug, refused). */
export const distinctCodes = <T extends readonly [string, ...string[]]>(codes: T) =>
  z
    .array(z.enum(codes))
    .max(codes.length, 'too_many')
    .refine((list) => new Set(list).size === list.length, 'duplicate');
