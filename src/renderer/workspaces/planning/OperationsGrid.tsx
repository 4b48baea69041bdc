// The operations grid: AG Grid's infinite row model over 'operations.page', so a million rows scroll
// smoothly while only the visible blocks are fetched. A new datasource per filter (and after a reconnect)
// restarts from the first block; 'records.changed' for operations reloads the loaded blocks in place (at once after a local
// write, at most twice a second for bursts of hub changes: reload-scheduler.ts). Double-click or Enter on a row
// opens it; the focused row is reported as the selection for the toolbar's "Editar".
import type {
  CellFocusedEvent,
  CellKeyDownEvent,
  ColumnMovedEvent,
  ColumnResizedEvent,
  ColumnState,
  GetRowIdParams,
  GridApi,
  GridReadyEvent,
  RowDoubleClickedEvent,
  SortChangedEvent,
} from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { figuresForTypes, OPERATION_FIGURES, figureType } from '../../../shared/operations/figures.ts';
import type { OperationsFilter } from '../../../shared/operations/query.ts';
import type { OperationRow } from '../../../shared/operations/types.ts';
import { useApi } from '../../api/ApiContext.tsx';
import { cspNonce } from '../../csp-nonce.ts';
import { useReconnectEpoch } from '../../hooks/use-reconnect-epoch.ts';
import { isUserColumnChange } from './column-state.ts';
import { jumpToEdge } from './edge-keys.ts';
import { OperationsEmptyOverlay } from './OperationsEmptyOverlay.tsx';
import { operationsGridTheme } from './grid-setup.ts';
import { operationColumnDefs } from './operations-columns.ts';
import { createOperationsDatasource, type OperationsDatasource } from './operations-datasource.ts';
import { createReloadScheduler } from '../../live/reload-scheduler.ts';

const BLOCK_SIZE = 100;
/** Bounds memory when someone drags the scrollbar across a million rows. */
const MAX_BLOCKS_IN_CACHE = 50;
/** Skips the blocks a fast scroll only passes over. */
const BLOCK_LOAD_DEBOUNCE_MS = 50;

const getRowId = ({ data }: GetRowIdParams<OperationRow>): string => data.id;
const DEFAULT_COL_DEF = { suppressKeyboardEvent: jumpToEdge };

interface OperationsGridProps {
  readonly filter: OperationsFilter;
  readonly columnLayout: () => ColumnState[] | null;
  readonly onColumnLayoutChange: (state: ColumnState[]) => void;
  readonly onLoaded: (filter: OperationsFilter, total: number | undefined) => void;
  readonly onError: (error: unknown) => void;
  /** Double-click or Enter on a row. */
  readonly onOpenOperation?: (id: string) => void;
  /** The row that has the keyboard focus (null: none, or a row still loading). */
  readonly onSelectOperation?: (id: string | null) => void;
  /** The grid once it is ready (null when it goes): the CSV export reads its sort and visible columns. */
  readonly onGridApi?: (api: GridApi<OperationRow> | null) => void;
}

/** Figures of one type only (alcohol tests, noise verdict…): shown only while the filter selects that type. */
const TYPE_FIGURE_COLUMNS = OPERATION_FIGURES.filter((figure) => figureType(figure) !== null);

export function OperationsGrid({
  filter,
  columnLayout,
  onColumnLayoutChange,
  onLoaded,
  onError,
  onOpenOperation,
  onSelectOperation,
  onGridApi,
}: OperationsGridProps) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const reconnectEpoch = useReconnectEpoch();
  const wrapper = useRef<HTMLDivElement>(null);
  const datasource = useRef<OperationsDatasource | null>(null);
  const [gridApi, setGridApi] = useState<GridApi<OperationRow> | null>(null);

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
    const scheduler = createReloadScheduler(() => {
      datasource.current?.forgetTotal();
      gridApi.refreshInfiniteCache();
    });
    const unsubscribe = api.on('records.changed', ({ entity, source }) => entity === 'operation' && scheduler.changed(source));
    // A row's sync column also changes when a conflict is resolved or appears; not every such change comes
    // with 'records.changed' (resolving with the hub's version leaves the row's data as it is).
    let conflicts: number | null = null;
    const unsubscribeOutbox = api.on('outbox.changed', (status) => {
      if (status.conflicts !== conflicts) scheduler.changed('hub');
      conflicts = status.conflicts;
    });
    return () => {
      unsubscribe();
      unsubscribeOutbox();
      scheduler.dispose();
    };
  }, [gridApi, api]);

  useEffect(() => {
    if (!gridApi) return;
    const shown = figuresForTypes(filter.types);
    gridApi.setColumnsVisible(
      TYPE_FIGURE_COLUMNS.filter((id) => !shown.includes(id)),
      false,
    );
    gridApi.setColumnsVisible([...shown], true);
  }, [gridApi, filter.types]);

  useEffect(() => {
    onGridApi?.(gridApi);
    return () => onGridApi?.(null);
  }, [gridApi, onGridApi]);

  // AG Grid has no option for the grid's accessible name; its role=grid element is labelled directly.
  useEffect(() => {
    wrapper.current?.querySelector('[role="grid"], [role="treegrid"]')?.setAttribute('aria-label', t('planning.gridLabel'));
  }, [gridApi, t]);

  const onGridReady = useCallback(
    ({ api: readyApi }: GridReadyEvent<OperationRow>) => {
      const saved = columnLayout();
      if (saved) readyApi.applyColumnState({ state: saved, applyOrder: true });
      setGridApi(readyApi);
    },
    [columnLayout],
  );

  const onColumnChange = useCallback(
    (event: ColumnMovedEvent<OperationRow> | ColumnResizedEvent<OperationRow> | SortChangedEvent<OperationRow>) => {
      if (isUserColumnChange(event)) onColumnLayoutChange(event.api.getColumnState());
    },
    [onColumnLayoutChange],
  );

  const onRowDoubleClicked = useCallback(
    ({ data }: RowDoubleClickedEvent<OperationRow>) => {
      if (data) onOpenOperation?.(data.id);
    },
    [onOpenOperation],
  );
  const onCellKeyDown = useCallback(
    ({ data, event }: CellKeyDownEvent<OperationRow>) => {
      if (data && event instanceof KeyboardEvent && event.key === 'Enter' && !event.altKey && !event.ctrlKey && !event.metaKey) {
        event.preventDefault();
        onOpenOperation?.(data.id);
      }
    },
    [onOpenOperation],
  );
  const onCellFocused = useCallback(
    ({ api: focusedApi, rowIndex, rowPinned }: CellFocusedEvent<OperationRow>) => {
      const row = rowIndex === null || rowPinned ? undefined : focusedApi.getDisplayedRowAtIndex(rowIndex);
      onSelectOperation?.(row?.data?.id ?? null);
    },
    [onSelectOperation],
  );

  return (
    <div className="operations-grid" ref={wrapper} data-testid="operations-grid">
      <AgGridReact<OperationRow>
        theme={operationsGridTheme}
        styleNonce={styleNonce}
        rowModelType="infinite"
        cacheBlockSize={BLOCK_SIZE}
        maxBlocksInCache={MAX_BLOCKS_IN_CACHE}
        blockLoadDebounceMillis={BLOCK_LOAD_DEBOUNCE_MS}
        columnDefs={columnDefs}
        defaultColDef={DEFAULT_COL_DEF}
        localeText={localeText}
        noRowsOverlayComponent={OperationsEmptyOverlay}
        suppressMultiSort
        getRowId={getRowId}
        onGridReady={onGridReady}
        onColumnMoved={onColumnChange}
        onColumnResized={onColumnChange}
        onSortChanged={onColumnChange}
        onRowDoubleClicked={onRowDoubleClicked}
        onCellKeyDown={onCellKeyDown}
        onCellFocused={onCellFocused}
      />
    </div>
  );
}
