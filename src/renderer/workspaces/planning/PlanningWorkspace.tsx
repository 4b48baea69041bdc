// Planning: the preventive operations of the shift coordinators — filters, live row count, the grid, and the
// operation form ("Nuevo operativo", "Editar", or double-click / Enter on a row).
import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OperationsFilter } from '../../../shared/operations/query.ts';
import { ApiErrorNotice } from '../../components/ApiErrorNotice.tsx';
import { Notice } from '../../components/Notice.tsx';
import { ViewPanel } from '../../components/ViewTabs.tsx';
import { isCacheUnavailable } from '../../errors/describe-api-error.ts';
import { useDebouncedValue } from '../../hooks/use-debounced-value.ts';
import { formatNumber } from '../../i18n/format.ts';
import { EMPTY_FILTER_FORM, toOperationsFilter } from './filter-form.ts';
import { FilterBar } from './FilterBar.tsx';
import { OperationFormDialog } from '../../operation-form/OperationFormDialog.tsx';
import type { OperationFormTarget } from '../../operation-form/target.ts';
import { OperationsGrid } from './OperationsGrid.tsx';
import { mayMutate, useSignedInUser } from '../../writes/use-signed-in-user.ts';
import { useColumnLayout } from './use-column-layout.ts';
import type { GridApi } from 'ag-grid-community';
import type { OperationRow } from '../../../shared/operations/types.ts';
import { CsvExportNotice } from './CsvExportNotice.tsx';
import { useCsvExport } from './use-csv-export.ts';
import { InstrumentsView } from './instruments/InstrumentsView.tsx';
import { PeopleView } from './people/PeopleView.tsx';
import { PLANNING_VIEW_GROUP, PlanningViewTabs, type PlanningView } from './roster/PlanningViewTabs.tsx';
import { RosterView } from './roster/RosterView.tsx';
import { NoticesView } from './notices/NoticesView.tsx';
import { TeamsView } from './teams/TeamsView.tsx';

/** Typing in the address box, or ticking several boxes, queries once when the user pauses. */
const FILTER_DEBOUNCE_MS = 250;

interface Problem {
  readonly during: 'load' | 'saveLayout';
  readonly error: unknown;
}

export function PlanningWorkspace({ onCacheUnavailable }: { readonly onCacheUnavailable: () => void }) {
  const { t, i18n } = useTranslation();
  const [form, setForm] = useState(EMPTY_FILTER_FORM);
  const debouncedForm = useDebouncedValue(form, FILTER_DEBOUNCE_MS);
  const filter = useMemo(() => toOperationsFilter(debouncedForm), [debouncedForm]);
  const [count, setCount] = useState<{ readonly filter: OperationsFilter; readonly total: number } | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [view, setView] = useState<PlanningView>('operations');

  const onLoaded = useCallback((loadedFilter: OperationsFilter, total: number | undefined) => {
    if (total !== undefined) setCount({ filter: loadedFilter, total });
    setProblem((current) => (current?.during === 'load' ? null : current));
  }, []);

  const onLoadError = useCallback(
    (error: unknown) => {
      setProblem({ during: 'load', error });
      if (isCacheUnavailable(error)) onCacheUnavailable();
    },
    [onCacheUnavailable],
  );

  const onSaveLayoutError = useCallback((error: unknown) => setProblem({ during: 'saveLayout', error }), []);
  const signedIn = useSignedInUser();
  const [selected, setSelected] = useState<string | null>(null);
  const [formTarget, setFormTarget] = useState<OperationFormTarget | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const openOperation = useCallback((id: string) => {
    setDone(null);
    setFormTarget({ kind: 'edit', id });
  }, []);
  // Focus goes back to the grid cell the dialog was opened from (AG Grid re-renders rows meanwhile).
  const gridFocus = useRef<HTMLElement | null>(null);
  const layout = useColumnLayout(onSaveLayoutError);
  const gridApi = useRef<GridApi<OperationRow> | null>(null);
  const onGridApi = useCallback((api: GridApi<OperationRow> | null) => void (gridApi.current = api), []);
  const csvExport = useCsvExport(useCallback(() => gridApi.current, []));

  // A count is only shown for the filter it was counted for: while a new filter loads, say so.
  const rowCount =
    count?.filter === filter
      ? t('planning.rowCount', { count: count.total, formatted: formatNumber(count.total, i18n.language) })
      : problem?.during === 'load'
        ? t('planning.rowCountUnavailable')
        : t('planning.rowCountPending');

  const panel = { group: PLANNING_VIEW_GROUP, active: view, className: 'planning__view' };
  return (
    <section className="planning" aria-labelledby="planning-title">
      <div className="planning__title-row">
        <h1 id="planning-title">{t('planning.heading')}</h1>
        <p className="row-count" role="status" data-testid="row-count">
          {rowCount}
        </p>
      </div>
      <PlanningViewTabs active={view} onSelect={setView} />
      <ViewPanel {...panel} view="roster">
        {view === 'roster' && <RosterView />}
      </ViewPanel>
      <ViewPanel {...panel} view="notices">
        {view === 'notices' && <NoticesView />}
      </ViewPanel>
      <ViewPanel {...panel} view="people">
        {view === 'people' && <PeopleView />}
      </ViewPanel>
      <ViewPanel {...panel} view="teams">
        {view === 'teams' && <TeamsView />}
      </ViewPanel>
      <ViewPanel {...panel} view="instruments">
        {view === 'instruments' && <InstrumentsView />}
      </ViewPanel>
      {/* Kept mounted while the roster is shown: the grid keeps its place, filters and loaded blocks. */}
      <ViewPanel {...panel} view="operations">
        <FilterBar
          form={form}
          onChange={setForm}
          // The debounced filter is the one the grid shows; its count, when known, bounds the export up front.
          onExport={() => void csvExport.run(filter, count?.filter === filter ? count.total : null)}
          exporting={csvExport.exporting}
        />
        <CsvExportNotice state={csvExport.state} onDismiss={csvExport.dismiss} />
        <div className="planning__toolbar">
          {mayMutate(signedIn, 'operation.create') && (
            <button
              type="button"
              className="button button--primary"
              onClick={() => {
                setDone(null);
                setFormTarget({ kind: 'new' });
              }}
              data-testid="new-operation"
            >
              {t('operationForm.new')}
            </button>
          )}
          <button
            type="button"
            className="button"
            disabled={selected === null}
            title={selected === null ? t('operationForm.editSelectedHint') : undefined}
            onClick={() => selected && openOperation(selected)}
            data-testid="edit-operation"
          >
            {t('operationForm.editSelected')}
          </button>
        </div>
        {done && (
          <Notice tone="success" onDismiss={() => setDone(null)} testId="operation-saved">
            {done}
          </Notice>
        )}
        {problem && (
          <ApiErrorNotice
            error={problem.error}
            title={problem.during === 'load' ? t('planning.loadFailed') : t('planning.layoutSaveFailed')}
            onDismiss={() => setProblem(null)}
          />
        )}
        {layout.loaded && (
          // Remounted per language: AG Grid reads its own texts only when it is created.
          <OperationsGrid
            key={i18n.language}
            filter={filter}
            columnLayout={layout.current}
            onColumnLayoutChange={layout.save}
            onLoaded={onLoaded}
            onError={onLoadError}
            onOpenOperation={(id) => {
              gridFocus.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
              openOperation(id);
            }}
            onSelectOperation={setSelected}
            onGridApi={onGridApi}
          />
        )}
        <OperationFormDialog
          target={formTarget}
          onClose={() => setFormTarget(null)}
          onDone={(message) => {
            setFormTarget(null);
            setDone(message);
          }}
          returnFocusTo={() => {
            const back = gridFocus.current;
            gridFocus.current = null;
            return back?.isConnected ? back : null;
          }}
        />
      </ViewPanel>
    </section>
  );
}
