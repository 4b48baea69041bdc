// What an administrator may add to the settings table: a key of the catalogue, a value that fits that key's schema,
// an effective date and a note. One schema per key (a discriminated union), so errors point at the value's field.
import { z } from 'zod';
import { cordobaIsoDate } from '../time/cordoba.ts';
import { SETTING_KEYS, SETTING_SCHEMAS, type SettingKey } from './catalogue.ts';
import type { SettingEntry } from './dated.ts';
import { IsoDateSchema } from './iso-date.ts';

export const MAX_SETTING_NOTE = 500;

const entryFor = <K extends SettingKey>(key: K) =>
  z
    .object({
      key: z.literal(key),
      value: SETTING_SCHEMAS[key],
      effectiveFrom: IsoDateSchema,
      note: z.string().trim().max(MAX_SETTING_NOTE, 'too_long').optional(),
    })
    .strict();

const [first, ...rest] = SETTING_KEYS.map(entryFor);
/**
 * At run time the union pairs each key with its own value schema; TypeScript cannot follow that through the map
 * (it sees every key with every value), so the output type is stated: a SettingEntry.
 */
export const SettingEntrySchema = z.discriminatedUnion('key', [first!, ...rest]) as unknown as z.ZodType<SettingEntry>;

/**
 * A new entry as of `now`: it may not take effect before today (Córdoba), because records already judged under
 * the old value would silently change verdict. Past corrections are a data-migration decision, not a form.
 */
export function newSettingEntrySchema(now: number) {
  const today = cordobaIsoDate(now);
  return SettingEntrySchema.refine((e) => e.effectiveFrom >= today, { message: 'retroactive', path: ['effectiveFrom'] });
}
