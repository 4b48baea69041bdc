// The roster's people and resources as shared records the hub keeps (the roster model itself is in ../roster).
import { z } from 'zod';
import { QUALIFICATIONS, RESOURCE_KINDS } from '../roster/types.ts';

const id = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[\w.-]+$/);

export const PersonRecordSchema = z
  .object({
    id,
    name: z.string().min(1).max(120),
    qualifications: z.array(z.enum(QUALIFICATIONS)).max(QUALIFICATIONS.length),
    version: z.number().int().min(1),
  })
  .strict();
export type PersonRecord = z.infer<typeof PersonRecordSchema>;

export const ResourceRecordSchema = z
  .object({
    id,
    kind: z.enum(RESOURCE_KINDS),
    label: z.string().min(1).max(120),
    calibratedOn: z.number().int().min(0).optional(),
    version: z.number().int().min(1),
  })
  .strict();
export type ResourceRecord = z.infer<typeof ResourceRecordSchema>;
