// Record kind: a person of the roster (promoters and staff) with their qualifications. Seeded by the hub (demo);
// the administration screens will add their mutations here.
import { z } from 'zod';
import { QUALIFICATIONS } from '../roster/types.ts';
import { RosterIdSchema } from '../roster/roster-id.ts';
import { defineRecordKind } from './kind.ts';

export const PersonRecordSchema = z
  .object({
    id: RosterIdSchema,
    name: z.string().min(1).max(120),
    qualifications: z.array(z.enum(QUALIFICATIONS)).max(QUALIFICATIONS.length),
    version: z.number().int().min(1),
  })
  .strict();
export type PersonRecord = z.infer<typeof PersonRecordSchema>;

export const personKind = defineRecordKind<PersonRecord>()({
  entity: 'person',
  schema: PersonRecordSchema,
  // Those who plan and dispatch (and the administrator); court roles see the promoter's name on the case instead.
  readers: ['coordinator', 'dispatcher', 'administrator'],
  cache: 'records',
  mutations: {},
});
