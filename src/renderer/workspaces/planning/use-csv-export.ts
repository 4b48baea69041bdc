// The "Exportar CSV" action of the planning workspace: checks the filter's count against the bound, asks the core
// for the file (operations.exportCsv) with the grid's sort and visible columns, then starts the download.
import type { GridApi } from 'ag-grid-community';
import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OperationsExportResult } from '../../../shared/operations/export.ts';
import type { OperationsFilter } from '../../../shared/operations/query.ts';
import type { OperationRow } from '../../../shared/operations/types.ts';
import { isOneOf } from '../../../shared/util/one-of.ts';
import { LANGUAGES } from '../../../shared/api/prefs.ts';
import { useApi } from '../../api/ApiContext.tsx';
import { startDownload } from '../../api/export-download.ts';
import { exportColumns, exportRefusal, exportSort, fitsOneExport, type ExportRefusal } from './csv-export.ts';

export type CsvExportState =
  | { readonly phase: 'idle' }
  | { readonly phase: 'running'; readonly total: number | null }
  | { readonly phase: 'done'; readonly result: OperationsExportResult }
  | { readonly phase: 'refused'; readonly reason: ExportRefusal | 'empty'; readonly total: number | null }
  | { readonly phase: 'failed'; readonly error: unknown };

export function useCsvExport(gridApi: () => GridApi<OperationRow> | null) {
  const api = useApi();
  const { i18n } = useTranslation();
  const [state, setState] = useState<CsvExportState>({ phase: 'idle' });
  const running = useRef(false);

  /** `total`: the grid's count for this filter, when known (null: the core counts). */
  const run = useCallback(
    async (filter: OperationsFilter, total: number | null) => {
      if (running.current) return;
      if (total !== null && !fitsOneExport(total)) return setState({ phase: 'refused', reason: 'tooLarge', total });
      if (total === 0) return setState({ phase: 'refused', reason: 'empty', total });
      running.current = true;
      setState({ phase: 'running', total });
      const grid = gridApi();
      try {
        const result = await api.call('operations.exportCsv', {
          filter,
          ...(grid && {
            sort: exportSort(grid.getColumnState()),
            columns: exportColumns(grid.getAllDisplayedColumns().map((c) => c.getColId())),
          }),
          ...(isOneOf(LANGUAGES, i18n.language) && { language: i18n.language }),
        });
        startDownload(result.download, result.fileName);
        setState({ phase: 'done', result });
      } catch (error) {
        const reason = exportRefusal(error);
        setState(reason ? { phase: 'refused', reason, total } : { phase: 'failed', error });
      } finally {
        running.current = false;
      }
    },
    [api, gridApi, i18n.language],
  );

  const dismiss = useCallback(() => setState({ phase: 'idle' }), []);
  return { state, run, dismiss, exporting: state.phase === 'running' };
}
