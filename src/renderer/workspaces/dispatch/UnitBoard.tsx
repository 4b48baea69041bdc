// The live unit board: AG Grid's client-side row model with row ids. The full list ('units.list') comes once
// (and again after the page reconnects to the host); after that only 'units.changed' batches arrive, and they
// are applied as grid transactions — at most one per animation frame, the latest row of each unit winning.
// The rows are never replaced wholesale, so scroll position, focus, sort and the selected row survive every update.
//
// One row can be selected (click, or Space on the focused row); the selection is the workspace's, shared with the
// map: a unit chosen on the map is selected here and scrolled into view. A unit's task names a record; when the
// records behind the names change, the task cells are drawn again. Enter on an incident task opens it.
import type {
  CellKeyDownEvent,
  GetRowIdParams,
  GridApi,
  GridReadyEvent,
  RowSelectionOptions,
  SelectionChangedEvent,
} from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import { useEffect, useEffectEvent, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { FreshnessThresholds } from '../../../shared/live/freshness.ts';
import type { UnitRow } from '../../../shared/live/unit-row.ts';
import type { UnitTask } from '../../../shared/live/units.ts';
import { useApi } from '../../api/ApiContext.tsx';
import { cspNonce } from '../../csp-nonce.ts';
import { useReconnectEpoch } from '../../hooks/use-reconnect-epoch.ts';
import { animationFrameSchedule, createFrameBatcher } from '../../live/frame-batcher.ts';
import {
  applyToIndex,
  changesTransaction,
  isEmptyTransaction,
  snapshotTransaction,
  type UnitTransaction,
} from '../../live/unit-transactions.ts';
import { AGE_COLUMN, TASK_COLUMN, unitColumnDefs } from './unit-columns.ts';
import { unitBoardTheme } from './unit-grid-setup.ts';

/** The position ages are re-read every second (no refetch: only the age column's cells are refreshed). */
const AGE_REFRESH_MS = 1_000;

const NO_ROWS: UnitRow[] = [];
const getRowId = ({ data }: GetRowIdParams<UnitRow>): string => data.id;
const ROW_SELECTION: RowSelectionOptions<UnitRow> = { mode: 'singleRow', checkboxes: false, enableClickSelection: true };

interface UnitBoardProps {
  readonly thresholds: FreshnessThresholds;
  /** The hub is not live: keep the rows, mark them as possibly out of date. */
  readonly stale: boolean;
  /** Changing it loads the full list again (the user's retry after an error). */
  readonly reloadKey: number;
  /** After the full list and after every applied batch: every unit the board shows. */
  readonly onUnits: (units: ReadonlyMap<string, UnitRow>) => void;
  readonly onError: (error: unknown) => void;
  /** The selected unit (chosen here or on the map); null for none. */
  readonly selectedId: string | null;
  /** The selected row changed (the user chose one, or the selected row went away: null). */
  readonly onSelect: (id: string | null) => void;
  /** A task's label from the records the console holds (a new function when they change). */
  readonly taskText: (task: UnitTask) => string;
  readonly onOpenIncident: ((id: string) => void) | null;
}

export function UnitBoard(props: UnitBoardProps) {
  const { thresholds, stale, reloadKey, onUnits, onError, selectedId, onSelect, taskText, onOpenIncident } = props;
  const { t, i18n } = useTranslation();
  const api = useApi();
  const reconnectEpoch = useReconnectEpoch();
  const wrapper = useRef<HTMLDivElement>(null);
  /** What the grid holds, by id — kept in step with every transaction. */
  const shown = useRef(new Map<string, UnitRow>());
  const [gridApi, setGridApi] = useState<GridApi<UnitRow> | null>(null);
  const [loading, setLoading] = useState(true);
  const [styleNonce] = useState(cspNonce);

  // New task names (the queue or today's operations changed) are new column definitions; AG Grid keeps the columns'
  // state (widths, sort) and the rows, and the effect below draws the task cells again.
  const columnDefs = useMemo(
    () => unitColumnDefs({ t, locale: i18n.language, thresholds, now: Date.now, taskText, onOpenIncident }),
    [t, i18n.language, thresholds, taskText, onOpenIncident],
  );
  const localeText = useMemo(() => ({ ...t('grid', { returnObjects: true }), noRowsToShow: t('dispatch.noUnits') }), [t]);

  const reportUnits = useEffectEvent(() => onUnits(shown.current));
  const reportError = useEffectEvent((error: unknown) => onError(error));

  // reconnectEpoch and reloadKey are dependencies on purpose: both mean "take the full list again".
  useEffect(() => {
    if (!gridApi) return;
    let current = true;
    let listed = false;

    const apply = (tx: UnitTransaction) => {
      if (isEmptyTransaction(tx) || gridApi.isDestroyed()) return;
      // AG Grid's React cells take their new values as React state; left alone, React renders them in a later
      // task — after this frame is painted, and behind whatever else is queued (the map). flushSync renders
      // them now, inside this animation frame, so the frame that applied the batch also shows it.
      flushSync(() => gridApi.applyTransaction(tx));
      applyToIndex(shown.current, tx);
    };

    const batcher = createFrameBatcher<UnitRow>({
      keyOf: (row) => row.id,
      schedule: animationFrameSchedule,
      flush: (rows) => {
        apply(changesTransaction(shown.current, rows));
        reportUnits();
      },
    });

    // Batches that arrive before the list are already in it (the host answers and emits over one ordered
    // channel, and the core emits a batch only after writing it to the cache the list is read from).
    const unsubscribe = api.on('units.changed', ({ units }) => {
      if (listed) batcher.push(units);
    });

    api.call('units.list', {}).then(
      ({ units }) => {
        if (!current) return;
        batcher.clear();
        apply(snapshotTransaction(shown.current, units));
        listed = true;
        setLoading(false);
        reportUnits();
      },
      (error: unknown) => {
        if (!current) return;
        setLoading(false);
        reportError(error);
      },
    );

    return () => {
      current = false;
      unsubscribe();
      batcher.dispose();
    };
  }, [gridApi, api, reconnectEpoch, reloadKey]);

  useEffect(() => {
    if (!gridApi) return;
    const timer = setInterval(() => {
      if (!gridApi.isDestroyed()) gridApi.refreshCells({ columns: [AGE_COLUMN] });
    }, AGE_REFRESH_MS);
    return () => clearInterval(timer);
  }, [gridApi]);

  useEffect(() => {
    if (gridApi && !gridApi.isDestroyed()) gridApi.refreshCells({ columns: [TASK_COLUMN], force: true });
  }, [gridApi, taskText]);

  // AG Grid has no option for the grid's accessible name; its role=grid element is labelled directly.
  useEffect(() => {
    wrapper.current?.querySelector('[role="grid"], [role="treegrid"]')?.setAttribute('aria-label', t('dispatch.gridLabel'));
  }, [gridApi, t]);

  // A unit chosen elsewhere (the map): select its row and bring it into view. Selecting it again from here is
  // a no-op, so the two never ping-pong.
  useEffect(() => {
    if (!gridApi || gridApi.isDestroyed()) return;
    if (selectedId === null) {
      if (gridApi.getSelectedRows().length > 0) gridApi.deselectAll();
      return;
    }
    const node = gridApi.getRowNode(selectedId);
    if (!node) return;
    if (!node.isSelected()) node.setSelected(true, true);
    gridApi.ensureNodeVisible(node);
  }, [gridApi, selectedId, loading]); // loading: the row may only exist once the list has arrived

  const onGridReady = ({ api: readyApi }: GridReadyEvent<UnitRow>) => setGridApi(readyApi);
  // Also fired for the selection made by the effect above; the workspace ignores a choice it already has.
  const onSelectionChanged = ({ api: eventApi }: SelectionChangedEvent<UnitRow>) => onSelect(eventApi.getSelectedRows()[0]?.id ?? null);
  const onCellKeyDown = ({ event, column, data }: CellKeyDownEvent<UnitRow>) => {
    const key = event instanceof KeyboardEvent ? event : null;
    if (key?.key !== 'Enter' || key.altKey || key.ctrlKey || key.metaKey || column.getColId() !== TASK_COLUMN) return;
    if (data?.task?.kind === 'incident') onOpenIncident?.(data.task.id);
  };

  return (
    <div className={stale ? 'unit-board unit-board--stale' : 'unit-board'} ref={wrapper} data-testid="unit-board" data-stale={stale}>
      <AgGridReact<UnitRow>
        theme={unitBoardTheme}
        styleNonce={styleNonce}
        rowData={NO_ROWS}
        getRowId={getRowId}
        columnDefs={columnDefs}
        localeText={localeText}
        loading={loading}
        animateRows={false}
        rowSelection={ROW_SELECTION}
        // Eight columns: all of them are rendered, whatever the board's width (no horizontal virtualisation).
        suppressColumnVirtualisation
        onGridReady={onGridReady}
        onSelectionChanged={onSelectionChanged}
        onCellKeyDown={onCellKeyDown}
      />
    </div>
  );
}
