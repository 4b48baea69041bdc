// Election oversight at a neighbourhood centre (centro vecinal): turnout and the incidents the promoters saw.
// docs/DOMAIN.md, Election oversight
import { z } from 'zod';
import { CommentSchema, countSchema, InstantSchema, textSchema } from './fields.ts';

export const INCIDENT_CODES = ['late_opening', 'missing_materials', 'irregular_voter', 'disturbance', 'other'] as const;

export const ElectionOversightSchema = z
  .object({
    heldAt: InstantSchema,
    centreName: textSchema(200),
    registeredVoters: countSchema(1_000_000),
    votesCast: countSchema(1_000_000),
    incidents: z
      .array(z.object({ at: InstantSchema, code: z.enum(INCIDENT_CODES), description: textSchema(500) }).strict())
      .max(100, 'too_many'),
    comment: CommentSchema.optional(),
  })
  .strict()
  .refine((e) => e.votesCast <= e.registeredVoters, { message: 'more_than_total', path: ['votesCast'] });
export type ElectionOversight = z.output<typeof ElectionOversightSchema>;

/** Turnout as a percentage with one decimal; null with no registered voters. */
export function turnoutPct(e: Pick<ElectionOversight, 'registeredVoters' | 'votesCast'>): number | null {
  return e.registeredVoters > 0 ? Math.round((e.votesCast / e.registeredVoters) * 1000) / 10 : null;
}
