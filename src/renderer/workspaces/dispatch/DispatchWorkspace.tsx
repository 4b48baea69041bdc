// Despacho: the live unit board with its summary line and, when the hub is not live, a notice saying how old
// the data is; under the board the selected unit's assignment; beside it the map of the same units (with track
// replay). Board, assignment panel and map share one selected unit. The complaint queue comes later.
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_FRESHNESS, type FreshnessThresholds } from '../../../shared/live/freshness.ts';
import { countUnitsByStatus, sameUnitCounts, type UnitCounts } from '../../../shared/live/unit-summary.ts';
import type { UnitRow } from '../../../shared/live/unit-row.ts';
import { useApi, useConnection } from '../../api/ApiContext.tsx';
import { ApiErrorNotice } from '../../components/ApiErrorNotice.tsx';
import { isCacheUnavailable } from '../../errors/describe-api-error.ts';
import { useNow } from '../../hooks/use-now.ts';
import { useSyncStatus } from '../../live/SyncStatusContext.tsx';
import { staleNoticeText } from '../../live/sync-text.ts';
import { boardStaleness, dataAgeSeconds } from '../../live/sync-view.ts';
import { AssignmentPanel } from './assignment/AssignmentPanel.tsx';
import { DispatchMap, type UnitSelection } from './DispatchMap.tsx';
import { createUnitsFeed } from './map/units-feed.ts';
import { summaryText } from './summary-text.ts';
import { UnitBoard } from './UnitBoard.tsx';

const STALE_AGE_REFRESH_MS = 5_000;
/** The map follows the board at most this often. */
const MAP_REFRESH_MS = 250;

interface DispatchWorkspaceProps {
  readonly onCacheUnavailable: () => void;
  /** Position freshness thresholds — a dated setting; the defaults until the dated settings provide them. */
  readonly freshness?: FreshnessThresholds;
}

export function DispatchWorkspace({ onCacheUnavailable, freshness = DEFAULT_FRESHNESS }: DispatchWorkspaceProps) {
  const { t, i18n } = useTranslation();
  const status = useSyncStatus();
  const host = useConnection().state;
  const api = useApi();
  const [counts, setCounts] = useState<UnitCounts | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [reloadKey, setReloadKey] = useState(0);
  const [feed] = useState(() => createUnitsFeed(MAP_REFRESH_MS));
  const [selection, setSelection] = useState<UnitSelection>({ id: null, from: 'board', seq: 0 });
  useEffect(() => () => feed.dispose(), [feed]);
  // Another hub or person: the cache may now hold other units (or none), so the board takes the full list again.
  useEffect(() => api.on('session.changed', () => setReloadKey((key) => key + 1)), [api]);

  const stale = boardStaleness(status, host);
  const now = useNow(stale ? STALE_AGE_REFRESH_MS : null);

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
          {counts ? summaryText(counts, t, i18n.language) : error === null ? t('dispatch.loading') : null}
        </p>
      </div>
      {stale && (
        // Not a live region: its age ticks; the header's indicator announces the change of state.
        <div className="notice notice--warning unit-board-stale" data-testid="units-stale" data-reason={stale}>
          <div className="notice__body">{staleNoticeText(stale, dataAgeSeconds(status, now), t, i18n.language)}</div>
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
          {/* Remounted per language: AG Grid reads its own texts only when it is created. */}
          <UnitBoard
            key={i18n.language}
            thresholds={freshness}
            stale={stale !== null}
            reloadKey={reloadKey}
            onUnits={onUnits}
            onError={onError}
            selectedId={selection.id}
            onSelect={selectOnBoard}
          />
          <AssignmentPanel feed={feed} selectedId={selection.id} />
        </div>
        <DispatchMap feed={feed} thresholds={freshness} stale={stale !== null} selection={selection} onSelect={selectOnMap} />
      </div>
      <p className="dispatch__later">{t('comingSoon.dispatch')}</p>
    </section>
  );
}
