// Runs in: anywhere (pure). A person of the roster (promoters and staff) as a record, and the fields people give
// when they add or change one. A person is made from their legajo (the city's staff number): its id is
// personId(legajo), so the same legajo twice is the same id and is refused ('already_exists') — the form and the
// CSV import rely on that, no search needed. Nobody is deleted: a person who leaves is made inactive, and past
// operations keep their name. Every field added after the first demo data is optional in the record (those
// records still parse); the create mutation requires what a new person must have (person.ts).
import { z } from 'zod';
import { ABSENCES_MAX, AbsenceSchema } from '../roster/absences.ts';
import { RosterIdSchema } from '../roster/roster-id.ts';
import { QUALIFICATIONS } from '../roster/types.ts';
import { slug } from '../text/slug.ts';

export const PERSON_NAME_MAX = 120;
export const STAFF_NUMBER_MAX = 20;
export const PERSON_BASE_MAX = 120;
export const PHONE_MAX = 30;
export const EMAIL_MAX = 120;

const text = (max: number) => z.string().trim().min(1, 'required').max(max, 'too_long');

/** The legajo as the city writes it ('12.345', 'C-0815'): some letter or digit, or it names nobody. */
export const StaffNumberSchema = text(STAFF_NUMBER_MAX).regex(/[A-Za-z0-9]/, 'invalid_value');
export const PersonNameSchema = text(PERSON_NAME_MAX);
export const PersonBaseSchema = text(PERSON_BASE_MAX);

export const QualificationsSchema = z
  .array(z.enum(QUALIFICATIONS))
  .max(QUALIFICATIONS.length)
  .refine((list) => new Set(list).size === list.length, 'duplicated');

/** Digits, spaces and + - ( ) — '+54 351 555-0101', '(0351) 4285600'. */
const PhoneSchema = text(PHONE_MAX).regex(/^[\d\s+\-()]*\d[\d\s+\-()]*$/, 'invalid_format');
const EmailSchema = text(EMAIL_MAX).regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, 'invalid_format');

/** How to reach the person at work: a phone, an e-mail or both (never an empty contact). */
export const ContactSchema = z
  .object({ phone: PhoneSchema.optional(), email: EmailSchema.optional() })
  .strict()
  .refine((c) => c.phone !== undefined || c.email !== undefined, 'required');
export type Contact = z.infer<typeof ContactSchema>;

export const PersonRecordSchema = z
  .object({
    id: RosterIdSchema,
    name: z.string().min(1).max(PERSON_NAME_MAX),
    qualifications: z.array(z.enum(QUALIFICATIONS)).max(QUALIFICATIONS.length),
    /** The legajo. Absent only on people recorded before legajos were. */
    staffNumber: StaffNumberSchema.optional(),
    /** The team's id (a 'team' record). */
    team: RosterIdSchema.optional(),
    /** The base they leave from, when it is not their team's. */
    base: PersonBaseSchema.optional(),
    contact: ContactSchema.optional(),
    /** false: no longer works in the program (not offered by the roster). Absent = active. */
    active: z.boolean().optional(),
    /** Leave, sick leave, training: days away, never overlapping (roster/absences.ts). */
    absences: z.array(AbsenceSchema).max(ABSENCES_MAX).optional(),
    version: z.number().int().min(1),
  })
  .strict();
export type PersonRecord = z.infer<typeof PersonRecordSchema>;

/** A person's id from their legajo ('12.345' → 'per-12-345'). */
export const personId = (staffNumber: string): string => `per-${slug(staffNumber)}`.slice(0, 64);

/** Whether the person works in the program now. */
export const isActive = (person: Pick<PersonRecord, 'active'>): boolean => person.active !== false;
