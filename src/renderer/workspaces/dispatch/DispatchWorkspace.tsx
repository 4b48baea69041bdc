// Despacho: the unit summary; then the complaint queue (with "Nueva denuncia", Alt+N) over the live unit board, and
// beside them the alerts and the chosen incident over the map of the same units, incidents and today's operations
// (with track replay). When the hub is not live a notice says how old the data is. Board and map share one selected
// unit; queue, map, board (a unit's task) and the intake share one selected incident, which the incident panel
// shows. The queue, the map and the board's task names read the same live queue.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IncidentView } from '../../../shared/api/dispatch.ts';
import { DEFAULT_FRESHNESS } from '../../../shared/live/freshness.ts';
import type { LatLng } from '../../../shared/live/geodesy.ts';
import { countUnitsByStatus, sameUnitCounts, type UnitCounts } from '../../../shared/live/unit-summary.ts';
import type { UnitRow } from '../../../shared/live/unit-row.ts';
import type { UnitTask } from '../../../shared/live/units.ts';
import type { Operation } from '../../../shared/operations/types.ts';
import { canRead } from '../../../shared/records/permissions.ts';
import { settingAt } from '../../../shared/settings/dated.ts';
import { DEFAULT_SETTINGS } from '../../../shared/settings/defaults.ts';
import { useApi, useConnection } from '../../api/ApiContext.tsx';
import { ApiErrorNotice } from '../../components/ApiErrorNotice.tsx';
import { isCacheUnavailable } from '../../errors/describe-api-error.ts';
import { useNow } from '../../hooks/use-now.ts';
import { formatClockTime } from '../../i18n/format.ts';
import { useSyncStatus } from '../../live/SyncStatusContext.tsx';
import { useLiveQuery } from '../../live/use-live-query.ts';
import { staleNoticeText } from '../../live/sync-text.ts';
import { boardStaleness, dataAgeSeconds } from '../../live/sync-view.ts';
import { mayMutate, useSignedInUser } from '../../writes/use-signed-in-user.ts';
import { AlertsPanel } from './alerts/AlertsPanel.tsx';
import { DispatchMap, type UnitSelection } from './DispatchMap.tsx';
import { IncidentPanel } from './incident/IncidentPanel.tsx';
import { incidentText, placeText } from './incident-text.ts';
import { IntakeDesk } from './intake/IntakeDesk.tsx';
import { incidentMarkers, operationMarkers, type PlaceMarkers } from './map/place-markers.ts';
import { onToday, todaysOperationsQuery } from './map/todays-operations.ts';
import { createUnitsFeed } from './map/units-feed.ts';
import { NO_QUEUE_FILTER, matchesQueueFilter, type QueueFilter } from './queue/queue-model.ts';
import { QueuePanel } from './queue/QueuePanel.tsx';
import { summaryText } from './summary-text.ts';
import { taskLabel, type TaskDirectory } from './task-label.ts';
import { UnitBoard } from './UnitBoard.tsx';

const STALE_AGE_REFRESH_MS = 5_000;
/** The map follows the board at most this often. */
const MAP_REFRESH_MS = 250;
/** Today's operations, and the settings in force, are taken again when the Córdoba day changes: checked each minute. */
const DAY_CHECK_MS = 60_000;
const NO_VIEWS: readonly IncidentView[] = [];
const NO_OPERATIONS: readonly Operation[] = [];

interface DispatchWorkspaceProps {
  readonly onCacheUnavailable: () => void;
}

export function DispatchWorkspace({ onCacheUnavailable }: DispatchWorkspaceProps) {
  const { t, i18n } = useTranslation();
  const { t: ti } = useTranslation('intake');
  const { t: tc } = useTranslation('incidents');
  const status = useSyncStatus();
  const host = useConnection().state;
  const api = useApi();
  const signedIn = useSignedInUser();
  const [counts, setCounts] = useState<UnitCounts | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [reloadKey, setReloadKey] = useState(0);
  const [feed] = useState(() => createUnitsFeed(MAP_REFRESH_MS));
  const [selection, setSelection] = useState<UnitSelection>({ id: null, from: 'board', seq: 0 });
  const [incidentId, setIncidentId] = useState<string | null>(null);
  const [queueFilter, setQueueFilter] = useState<QueueFilter>(NO_QUEUE_FILTER);
  const [pick, setPick] = useState<((at: LatLng) => void) | null>(null);
  useEffect(() => () => feed.dispose(), [feed]);
  // Another hub or person: the cache may now hold other units (or none), so the board takes the full list again.
  useEffect(() => api.on('session.changed', () => setReloadKey((key) => key + 1)), [api]);

  const stale = boardStaleness(status, host);
  const now = useNow(stale ? STALE_AGE_REFRESH_MS : null);
  const today = useNow(DAY_CHECK_MS);
  const locale = i18n.language;

  // Incidents carry reporters' contacts: only dispatch roles read them (with nobody signed in, the core decides).
  const readsIncidents = signedIn.user === null || canRead(signedIn.user.role, 'incident');
  const queue = useLiveQuery('dispatch.queue', {});
  const operations = useLiveQuery('operations.page', todaysOperationsQuery(today));
  const settingsList = useLiveQuery('settings.list', {});
  const settings = useMemo(() => {
    const entries = settingsList.value?.entries.map((record) => record.entry) ?? [];
    return entries.length > 0 ? entries : DEFAULT_SETTINGS;
  }, [settingsList.value]);
  const liveFreshness = settingAt(settings, 'live.freshness', today) ?? DEFAULT_FRESHNESS;
  const { amberAfterSeconds, lostAfterSeconds } = liveFreshness;
  const freshness = useMemo(() => ({ amberAfterSeconds, lostAfterSeconds }), [amberAfterSeconds, lostAfterSeconds]);

  // A query keeps its last answer when the next one fails: after another person signs in, the role decides.
  const incidents = readsIncidents ? queue.value : null;
  const open = incidents?.open ?? NO_VIEWS;
  const todays = useMemo(() => onToday(operations.value?.rows ?? NO_OPERATIONS, today), [operations.value, today]);
  const places: PlaceMarkers = useMemo(
    () => ({
      incidents: incidentMarkers(
        open.filter((view) => matchesQueueFilter(view, queueFilter)),
        incidentId,
        (view) => ti('map.incident', { priority: tc(`priority.${view.priority}`), incident: incidentText(view.incident, ti, tc) }),
      ),
      operations: operationMarkers(todays, (operation) =>
        ti('map.operation', {
          type: t(`operationType.${operation.type}`),
          place: placeText(operation),
          start: formatClockTime(operation.plannedStart, today, locale),
          end: formatClockTime(operation.plannedEnd, today, locale),
        }),
      ),
    }),
    [open, queueFilter, incidentId, todays, today, locale, t, ti, tc],
  );

  // What the board names a unit's task with: the queue's incidents (open and recently ended), today's operations.
  const taskText = useMemo(() => {
    const directory: TaskDirectory = {
      incidents: new Map([...open, ...(incidents?.ended ?? [])].map((view) => [view.incident.id, view.incident])),
      operations: new Map(todays.map((operation) => [operation.id, operation])),
    };
    return (task: UnitTask) => taskLabel(task, directory, t, tc);
  }, [open, incidents?.ended, todays, t, tc]);

  // Called once per applied batch (at most once a frame): re-render only when a count actually changed.
  const onUnits = useCallback(
    (units: ReadonlyMap<string, UnitRow>) => {
      const next = countUnitsByStatus(units.values());
      setCounts((previous) => (previous && sameUnitCounts(previous, next) ? previous : next));
      setError(null);
      feed.publish(units);
    },
    [feed],
  );

  const selectOnBoard = useCallback(
    (id: string | null) => setSelection((s) => (s.id === id ? s : { id, from: 'board', seq: s.seq + 1 })),
    [],
  );
  const selectOnMap = useCallback((id: string) => setSelection((s) => (s.id === id ? s : { id, from: 'map', seq: s.seq + 1 })), []);
  // A function kept in state is set through an updater (React would call it).
  const onPickChange = useCallback((next: ((at: LatLng) => void) | null) => setPick(() => next), []);

  const onError = useCallback(
    (failure: unknown) => {
      setError(failure);
      if (isCacheUnavailable(failure)) onCacheUnavailable();
    },
    [onCacheUnavailable],
  );

  const retry = () => {
    setError(null);
    setReloadKey((key) => key + 1);
  };

  return (
    <section className="dispatch" aria-labelledby="dispatch-title">
      <div className="dispatch__title-row">
        <h1 id="dispatch-title">{t('dispatch.heading')}</h1>
        <p className="unit-summary" data-testid="unit-summary">
          {counts ? summaryText(counts, t, locale) : error === null ? t('dispatch.loading') : null}
        </p>
      </div>
      {stale && (
        // Not a live region: its age ticks; the header's indicator announces the change of state.
        <div className="notice notice--warning unit-board-stale" data-testid="units-stale" data-reason={stale}>
          <div className="notice__body">{staleNoticeText(stale, dataAgeSeconds(status, now), t, locale)}</div>
        </div>
      )}
      {error !== null && (
        <div className="dispatch__error">
          <ApiErrorNotice error={error} title={t('dispatch.loadFailed')} />
          <button type="button" className="button" onClick={retry}>
            {t('dispatch.retry')}
          </button>
        </div>
      )}
      <div className="dispatch__body">
        <div className="dispatch__units">
          {readsIncidents && (
            <QueuePanel
              queue={queue}
              filter={queueFilter}
              onFilterChange={setQueueFilter}
              selectedId={incidentId}
              onSelect={setIncidentId}
              actions={
                mayMutate(signedIn, 'incident.open') && (
                  <IntakeDesk settings={settings} onPickChange={onPickChange} onRecorded={setIncidentId} />
                )
              }
            />
          )}
          {/* Remounted per language: AG Grid reads its own texts only when it is created. */}
          <UnitBoard
            key={locale}
            thresholds={freshness}
            stale={stale !== null}
            reloadKey={reloadKey}
            onUnits={onUnits}
            onError={onError}
            selectedId={selection.id}
            onSelect={selectOnBoard}
            taskText={taskText}
            onOpenIncident={readsIncidents ? setIncidentId : null}
          />
        </div>
        <div className="dispatch__side">
          {readsIncidents && <AlertsPanel />}
          {readsIncidents && <IncidentPanel incidentId={incidentId} onClose={() => setIncidentId(null)} />}
          <DispatchMap
            feed={feed}
            thresholds={freshness}
            stale={stale !== null}
            selection={selection}
            onSelect={selectOnMap}
            places={places}
            onSelectIncident={setIncidentId}
            pick={pick}
          />
        </div>
      </div>
    </section>
  );
}
