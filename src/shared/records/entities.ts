// The shared records besides units and operations, kept by the hub and cached by consoles in one generic table:
// the roster's people and resources, the court cases (actas, notices) that closed operations produce, and the
// dated settings.
import type { z } from 'zod';
import { CourtCaseSchema } from './court-case.ts';
import { PersonRecordSchema, ResourceRecordSchema } from './roster-records.ts';
import { SettingRecordSchema } from './setting-record.ts';

export const GENERIC_RECORD_SCHEMAS = {
  person: PersonRecordSchema,
  resource: ResourceRecordSchema,
  court_case: CourtCaseSchema,
  setting: SettingRecordSchema,
} as const;
export type GenericEntity = keyof typeof GENERIC_RECORD_SCHEMAS;
export const GENERIC_ENTITIES = Object.keys(GENERIC_RECORD_SCHEMAS) as GenericEntity[];
export type GenericRecord<E extends GenericEntity = GenericEntity> = z.output<(typeof GENERIC_RECORD_SCHEMAS)[E]>;
