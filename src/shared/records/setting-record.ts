// A dated setting as a shared record: the hub keeps every entry ever made (entries are never edited: a new value
// is a new entry), seeded with the defaults (docs/DOMAIN.md, Dated settings); administrators add entries through the
// write path.
import { z } from 'zod';
import { SettingEntrySchema } from '../settings/entry-schema.ts';

export const SettingRecordSchema = z
  .object({ id: z.string().min(1).max(64), entry: SettingEntrySchema, version: z.number().int().min(1) })
  .strict();
export type SettingRecord = z.output<typeof SettingRecordSchema>;
