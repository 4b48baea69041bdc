// 'operations.exportCsv': the grid's current filter and sort written to a CSV file by the core (docs/ARCHITECTURE.md,
// "CSV export"). Columns are chosen from a fixed list, so nothing the renderer sends reaches SQL or a file path.
import { z } from 'zod';
import { LANGUAGES } from '../api/prefs.ts';
import { COMMON_FIGURES, figuresForTypes, OPERATION_FIGURES } from './figures.ts';
import { DEFAULT_SORT, OperationsFilterSchema, type OperationsFilter, OperationsSortSchema } from './query.ts';

/** At most this many rows per file (the grid's own scale); a larger filter is refused with 'export_too_large'. */
export const MAX_EXPORT_ROWS = 1_000_000;

export const RECORD_EXPORT_COLUMNS = [
  'id',
  'type',
  'status',
  'barrio',
  'address',
  'lat',
  'lng',
  'plannedStart',
  'plannedEnd',
  'shift',
  'team',
  'resultSummary',
  'cancelReason',
  'createdAt',
  'updatedAt',
] as const;
export const EXPORT_COLUMNS = [...RECORD_EXPORT_COLUMNS, ...OPERATION_FIGURES] as const;
export type ExportColumn = (typeof EXPORT_COLUMNS)[number];

export const OperationsExportInputSchema = z
  .object({
    filter: OperationsFilterSchema.default({}),
    sort: OperationsSortSchema.default(DEFAULT_SORT),
    /** In this order; absent: defaultExportColumns(filter). */
    columns: z
      .array(z.enum(EXPORT_COLUMNS))
      .min(1)
      .max(EXPORT_COLUMNS.length)
      .refine((columns) => new Set(columns).size === columns.length, 'duplicated')
      .optional(),
    /** Headers and labels (types, statuses, shifts) in this language; es-AR when absent. */
    language: z.enum(LANGUAGES).optional(),
  })
  .strict();
export type OperationsExportInput = z.input<typeof OperationsExportInputSchema>;

export interface OperationsExportResult {
  /** The file in the data folder's exports/ folder (desktop: offered to a save dialog). */
  readonly path: string;
  readonly fileName: string;
  readonly rows: number;
  readonly bytes: number;
  /**
   * One-time token for the browser-mode download (GET /exports/<token> on the web host): valid once, for
   * EXPORT_DOWNLOAD_TTL_MS.
   */
  readonly download: string;
}

export const EXPORT_DOWNLOAD_TTL_MS = 10 * 60_000;
/** The token's shape: 32 base64url characters (24 random bytes). */
export const EXPORT_TOKEN = /^[A-Za-z0-9_-]{32}$/;

/** Every record column, the common figures, and those of the filter's type when it selects exactly one. */
export function defaultExportColumns(filter: OperationsFilter): ExportColumn[] {
  return [...RECORD_EXPORT_COLUMNS, ...COMMON_FIGURES, ...figuresForTypes(filter.types)];
}
