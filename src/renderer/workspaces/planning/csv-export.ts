// What the "Exportar CSV" button sends and how its answers read: the grid's visible columns (with the record's id
// first, so a row can be found again) in their order, the grid's sort, and the refusals the core may give.
import type { ColumnState } from 'ag-grid-community';
import { ApiCallError } from '../../../shared/api/result.ts';
import { EXPORT_COLUMNS, MAX_EXPORT_ROWS, type ExportColumn } from '../../../shared/operations/export.ts';
import type { OperationsSort } from '../../../shared/operations/query.ts';
import { isOneOf } from '../../../shared/util/one-of.ts';
import { formatNumber } from '../../i18n/format.ts';
import { toContractSort } from './sort-model.ts';

/** From this many rows on, the export says it may take a while (a million rows: ~20–40 s, more with figure columns). */
export const LARGE_EXPORT_ROWS = 20_000;

/** The displayed columns the file can carry, after the id. */
export function exportColumns(displayedColIds: readonly string[]): ExportColumn[] {
  const shown = displayedColIds.filter((id): id is ExportColumn => isOneOf(EXPORT_COLUMNS, id) && id !== 'id');
  return ['id', ...new Set(shown)];
}

export function exportSort(state: readonly ColumnState[]): OperationsSort {
  return toContractSort(
    state
      .flatMap(({ colId, sort, sortIndex }) => (sort ? [{ colId, sort, sortIndex: sortIndex ?? 0 }] : []))
      .sort((a, b) => a.sortIndex - b.sortIndex),
  );
}

export type ExportRefusal = 'tooLarge' | 'busy';

/** The core's refusals that have their own sentence; null for any other failure. */
export function exportRefusal(error: unknown): ExportRefusal | null {
  if (!(error instanceof ApiCallError) || error.apiError.code !== 'refused') return null;
  const code = error.apiError.issues?.[0]?.code;
  return code === 'export_too_large' ? 'tooLarge' : code === 'export_busy' ? 'busy' : null;
}

/** Whether a filter's count can go in one file (the core checks again). */
export const fitsOneExport = (total: number) => total <= MAX_EXPORT_ROWS;

/** "850 KB", "12,4 MB" (decimal units, as file managers show them). */
export function formatFileSize(bytes: number, locale: string): string {
  if (bytes < 1_000_000) return `${formatNumber(Math.max(1, Math.round(bytes / 1000)), locale)} KB`;
  return `${formatNumber(Math.round(bytes / 100_000) / 10, locale)} MB`;
}
