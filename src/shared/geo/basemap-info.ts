// What the Despacho map needs to know about the vector basemap the console serves (docs/ARCHITECTURE.md, "The
// dispatch map"): the demo tileset that ships with the project, or the city's own MBTiles file an administrator
// chose in Configuración. The tiles themselves come from the app's own origin (TILES_PATH), never a remote URL.
import { z } from 'zod';

/** Where the hosts serve tiles: `${TILES_PATH}{z}/{x}/{y}.pbf`. */
export const TILES_PATH = '/tiles/';

/**
 * Why a chosen file cannot be the basemap (messages: i18n basemapSettings reason.* / fileProblem.*, dispatchMap basemapProblem.*):
 * missing      — no file at that path (or not readable by the console);
 * not_mbtiles  — not an SQLite file, or one without the MBTiles tables;
 * not_vector   — an MBTiles file of raster images, not vector tiles (format must be pbf).
 */
export const BASEMAP_PROBLEMS = ['missing', 'not_mbtiles', 'not_vector'] as const;
export type BasemapProblem = (typeof BASEMAP_PROBLEMS)[number];

export interface BasemapInfo {
  /** demo: the project's own tileset (resources/basemap); city: the file chosen in Configuración. */
  readonly source: 'demo' | 'city';
  /** The style's tiles URL, relative to the page: TILES_PATH + '{z}/{x}/{y}.pbf?v=' + a key that changes with the file. */
  readonly tilesUrl: string;
  readonly name: string;
  /** Plain text (tags stripped, entities decoded), e.g. "© OpenStreetMap contributors". */
  readonly attribution: string;
  readonly minzoom: number;
  readonly maxzoom: number;
  /** [west, south, east, north] in degrees. */
  readonly bounds: readonly [number, number, number, number];
  /** [lng, lat, zoom]: the initial view. */
  readonly center: readonly [number, number, number];
  /** The city file chosen in Configuración (null: none chosen, the demo tileset). */
  readonly cityFile: string | null;
  /** The chosen city file could not be opened at start (moved, damaged): the demo tileset is served instead. */
  readonly problem: BasemapProblem | null;
}

export const BASEMAP_FILE_MAX_LENGTH = 1_000;

/** `map.basemap.set`: a path on the console's computer to an .mbtiles file, or null for the demo tileset. */
export const BasemapSetInputSchema = z
  .object({
    file: z
      .string()
      .trim()
      .min(1)
      .max(BASEMAP_FILE_MAX_LENGTH)
      .refine((value) => !/\p{Cc}/u.test(value), 'invalid_path')
      .nullable(),
  })
  .strict();
