// Education session (Escuela de Convivencia): where, for whom, how many came. Court-referred attendees are the
// community-work/training alternative of Art. 28, so they are counted apart for the indicators.
// docs/DOMAIN.md, Education session
import { z } from 'zod';
import { CommentSchema, countSchema, InstantSchema, textSchema } from './fields.ts';

export const AUDIENCES = ['school', 'neighbours', 'businesses', 'drivers', 'court_referred', 'other'] as const;

export const EducationSessionSchema = z
  .object({
    heldAt: InstantSchema,
    place: textSchema(200),
    audience: z.enum(AUDIENCES),
    topics: z.array(textSchema(120)).min(1, 'required').max(20, 'too_many'),
    expected: countSchema(10_000),
    attended: countSchema(10_000),
    facilitatorIds: z.array(textSchema(40)).min(1, 'required').max(20, 'too_many'),
    comment: CommentSchema.optional(),
  })
  .strict();
export type EducationSession = z.output<typeof EducationSessionSchema>;

/** Attendance as a whole percentage of those expected; null when nobody was expected (an open session). */
export function attendancePct(session: Pick<EducationSession, 'expected' | 'attended'>): number | null {
  return session.expected > 0 ? Math.round((session.attended / session.expected) * 100) : null;
}
