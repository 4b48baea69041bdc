// User preferences the console keeps in its cache (not in localStorage: browser mode gets a new
// origin — a new port — at every start, and the desktop app should not depend on web storage).
import { z } from 'zod';
import { TileSourceSchema } from '../geo/tile-source.ts';

export const LANGUAGES = ['es-AR', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const ColumnStateSchema = z
  .object({
    colId: z.string().min(1).max(64),
    width: z.number().int().min(20).max(2000).optional(),
    hide: z.boolean().nullish(),
    pinned: z.enum(['left', 'right']).nullish(),
    sort: z.enum(['asc', 'desc']).nullish(),
    sortIndex: z.number().int().min(0).max(50).nullish(),
    flex: z.number().min(0).max(100).nullish(),
  })
  .strip();

export const PREF_SCHEMAS = {
  'ui.language': z.enum(LANGUAGES),
  'grid.operations.columns': z.array(ColumnStateSchema).max(50),
  /** The map's optional online tile source; null (or never set): the bundled offline basemap only. */
  'map.tileSource': TileSourceSchema.nullable(),
  /** Whether this console plays Despacho's alert sound (never set: it does). */
  'dispatch.alertSound': z.boolean(),
} as const;
export type PrefKey = keyof typeof PREF_SCHEMAS;
export type PrefValue<K extends PrefKey> = z.output<(typeof PREF_SCHEMAS)[K]>;

const prefEntry = <K extends PrefKey>(key: K) => z.object({ key: z.literal(key), value: PREF_SCHEMAS[key] }).strict();

export const PrefsSetInputSchema = z.discriminatedUnion('key', [
  prefEntry('ui.language'),
  prefEntry('grid.operations.columns'),
  prefEntry('map.tileSource'),
  prefEntry('dispatch.alertSound'),
]);
export const PrefsGetInputSchema = z.object({ key: z.enum(Object.keys(PREF_SCHEMAS) as [PrefKey, ...PrefKey[]]) }).strict();
