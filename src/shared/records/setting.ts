// Record kind: a dated setting (docs/DOMAIN.md, "Dated settings"). The hub keeps every entry ever made — entries
// are never edited: a new value is a new entry — seeded with the defaults; administrators add entries.
import { z } from 'zod';
import { EVERY_ROLE } from '../auth/roles.ts';
import { newSettingEntrySchema, SettingEntrySchema } from '../settings/entry-schema.ts';
import { defineRecordKind, mutationOf } from './kind.ts';

export const SettingRecordSchema = z
  .object({ id: z.string().min(1).max(64), entry: SettingEntrySchema, version: z.number().int().min(1) })
  .strict();
export type SettingRecord = z.output<typeof SettingRecordSchema>;

const mutation = mutationOf<SettingRecord>();

export const settingKind = defineRecordKind<SettingRecord>()({
  entity: 'setting',
  schema: SettingRecordSchema,
  readers: EVERY_ROLE, // every rule is judged by them
  cache: 'records',
  mutations: {
    // An administrator's new dated setting (a law or a limit changed); never an edit of an existing entry, and
    // never before today: records already judged would silently change verdict.
    'setting.add': mutation({
      fields: z.object({ id: z.string().uuid(), entry: SettingEntrySchema }),
      roles: ['administrator'],
      apply: (current, { id, entry }, { now }) => {
        if (current) return { ok: false, reason: 'already_exists' };
        if (!newSettingEntrySchema(now).safeParse(entry).success) return { ok: false, reason: 'retroactive' };
        return { ok: true, record: { id, entry, version: 1 } };
      },
    }),
  },
});
