// The operations grid: AG Grid's infinite row model over 'operations.page', so a million rows scroll
// smoothly while only the visible blocks are fetched. A new datasource per filter (and after a reconnect)
// restarts from the first block; 'operations.changed' reloads the loaded blocks in place.
import type {
  ColumnMovedEvent,
  ColumnResizedEvent,
  ColumnState,
  GetRowIdParams,
  GridApi,
  GridReadyEvent,
  SortChangedEvent,
} from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OperationsFilter } from '../../../shared/operations/query.ts';
import type { Operation } from '../../../shared/operations/types.ts';
import { useApi } from '../../api/ApiContext.tsx';
import { cspNonce } from '../../csp-nonce.ts';
import { useReconnectEpoch } from '../../hooks/use-reconnect-epoch.ts';
import { isUserColumnChange } from './column-state.ts';
import { jumpToEdge } from './edge-keys.ts';
import { operationsGridTheme } from './grid-setup.ts';
import { operationColumnDefs } from './operations-columns.ts';
import { createOperationsDatasource, type OperationsDatasource } from './operations-datasource.ts';

const BLOCK_SIZE = 100;
/** Bounds memory when someone drags the scrollbar across a million rows. */
const MAX_BLOCKS_IN_CACHE = 50;
/** Skips the blocks a fast scroll only passes over. */
const BLOCK_LOAD_DEBOUNCE_MS = 50;

const getRowId = ({ data }: GetRowIdParams<Operation>): string => data.id;
const DEFAULT_COL_DEF = { suppressKeyboardEvent: jumpToEdge };

interface OperationsGridProps {
  readonly filter: OperationsFilter;
  readonly columnLayout: () => ColumnState[] | null;
  readonly onColumnLayoutChange: (state: ColumnState[]) => void;
  readonly onLoaded: (filter: OperationsFilter, total: number | undefined) => void;
  readonly onError: (error: unknown) => void;
}

export function OperationsGrid({ filter, columnLayout, onColumnLayoutChange, onLoaded, onError }: OperationsGridProps) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const reconnectEpoch = useReconnectEpoch();
  const wrapper = useRef<HTMLDivElement>(null);
  const datasource = useRef<OperationsDatasource | null>(null);
  const [gridApi, setGridApi] = useState<GridApi<Operation> | null>(null);

  const columnDefs = useMemo(() => operationColumnDefs(t, i18n.language), [t, i18n.language]);
  const localeText = useMemo(() => t('grid', { returnObjects: true }), [t]);
  const [styleNonce] = useState(cspNonce);

  // reconnectEpoch is a dependency on purpose: after a reconnect, start over from the first block.
  useEffect(() => {
    if (!gridApi) return;
    const source = createOperationsDatasource({
      filter,
      fetchPage: (input) => api.call('operations.page', input),
      // Answers for a replaced datasource (an older filter) must not overwrite the current count or error.
      onLoaded: (total) => {
        if (datasource.current === source) onLoaded(filter, total);
      },
      onError: (error) => {
        if (datasource.current === source) onError(error);
      },
    });
    datasource.current = source;
    gridApi.setGridOption('datasource', source);
  }, [gridApi, api, filter, onLoaded, onError, reconnectEpoch]);

  useEffect(() => {
    if (!gridApi) return;
    return api.on('operations.changed', () => {
      datasource.current?.forgetTotal();
      gridApi.refreshInfiniteCache();
    });
  }, [gridApi, api]);

  // AG Grid has no option for the grid's accessible name; its role=grid element is labelled directly.
  useEffect(() => {
    wrapper.current?.querySelector('[role="grid"], [role="treegrid"]')?.setAttribute('aria-label', t('planning.gridLabel'));
  }, [gridApi, t]);

  const onGridReady = useCallback(
    ({ api: readyApi }: GridReadyEvent<Operation>) => {
      const saved = columnLayout();
      if (saved) readyApi.applyColumnState({ state: saved, applyOrder: true });
      setGridApi(readyApi);
    },
    [columnLayout],
  );

  const onColumnChange = useCallback(
    (event: ColumnMovedEvent<Operation> | ColumnResizedEvent<Operation> | SortChangedEvent<Operation>) => {
      if (isUserColumnChange(event)) onColumnLayoutChange(event.api.getColumnState());
    },
    [onColumnLayoutChange],
  );

  return (
    <div className="operations-grid" ref={wrapper} data-testid="operations-grid">
      <AgGridReact<Operation>
        theme={operationsGridTheme}
        styleNonce={styleNonce}
        rowModelType="infinite"
        cacheBlockSize={BLOCK_SIZE}
        maxBlocksInCache={MAX_BLOCKS_IN_CACHE}
        blockLoadDebounceMillis={BLOCK_LOAD_DEBOUNCE_MS}
        columnDefs={columnDefs}
        defaultColDef={DEFAULT_COL_DEF}
        localeText={localeText}
        suppressMultiSort
        getRowId={getRowId}
        onGridReady={onGridReady}
        onColumnMoved={onColumnChange}
        onColumnResized={onColumnChange}
        onSortChanged={onColumnChange}
      />
    </div>
  );
}
