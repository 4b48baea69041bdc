// Record kind: a resource of the roster — a vehicle or a measuring instrument (breathalyser, sound meter) with its
// last official verification. Seeded by the hub (demo); the administration screens will add their mutations here.
import { z } from 'zod';
import { RESOURCE_KINDS } from '../roster/types.ts';
import { RosterIdSchema } from '../roster/roster-id.ts';
import { defineRecordKind } from './kind.ts';

export const ResourceRecordSchema = z
  .object({
    id: RosterIdSchema,
    kind: z.enum(RESOURCE_KINDS),
    label: z.string().min(1).max(120),
    calibratedOn: z.number().int().min(0).optional(),
    version: z.number().int().min(1),
  })
  .strict();
export type ResourceRecord = z.infer<typeof ResourceRecordSchema>;

export const resourceKind = defineRecordKind<ResourceRecord>()({
  entity: 'resource',
  schema: ResourceRecordSchema,
  readers: ['coordinator', 'dispatcher', 'administrator'],
  cache: 'records',
  mutations: {},
});
