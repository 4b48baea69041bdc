// The map column of Despacho: the unit map (fed by the board through a throttled feed, so the board is never
// re-rendered for the map) with the queue's incidents and today's operations, its legend, and track replay
// underneath.
import { useMemo, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { PRIORITIES } from '../../../shared/dispatch/codes.ts';
import { project } from '../../../shared/geo/projection.ts';
import type { FreshnessThresholds } from '../../../shared/live/freshness.ts';
import type { LatLng } from '../../../shared/live/geodesy.ts';
import { UNIT_STATUSES } from '../../../shared/live/units.ts';
import { useApi } from '../../api/ApiContext.tsx';
import { basemapStoreFor, useBasemap } from '../../console-config/basemap-store.ts';
import { useNow } from '../../hooks/use-now.ts';
import { pathData } from './map/basemap-paths.ts';
import type { PlaceMarkers } from './map/place-markers.ts';
import './map/places.css';
import { unitMarkers } from './map/unit-markers.ts';
import { UnitMap } from './map/UnitMap.tsx';
import type { ReplayTrackView } from './map/replay-track-view.ts';
import { VectorMap } from './map/vector/VectorMap.tsx';
import { supportsWebGl2 } from './map/vector/webgl-support.ts';
import type { UnitsFeed } from './map/units-feed.ts';
import { interpolationGapMs, positionAt } from './replay/replay.ts';
import { TrackReplayPanel, type ReplayUnitState } from './replay/TrackReplayPanel.tsx';
import { useTrackReplay } from './replay/use-track-replay.ts';

/** Colour slots of replayed tracks (styles/map.css: replay-path--0 … --5). */
const REPLAY_COLOURS = 6;
/** Marker greying follows the position ages: re-read them every second. */
const FRESHNESS_REFRESH_MS = 1_000;

/** Which unit is selected, and where the choice was made (a choice on the board centres the map). */
export interface UnitSelection {
  readonly id: string | null;
  readonly from: 'board' | 'map';
  /** Counts choices, so choosing the same row again centres the map again. */
  readonly seq: number;
}

interface DispatchMapProps {
  readonly feed: UnitsFeed;
  readonly thresholds: FreshnessThresholds;
  /** The board is stale (the hub is not live): every marker is greyed. */
  readonly stale: boolean;
  readonly selection: UnitSelection;
  readonly onSelect: (id: string) => void;
  /** The queue's open incidents and today's operations. */
  readonly places: PlaceMarkers;
  readonly onSelectIncident: (id: string) => void;
  /** While the intake form asks for a point on the map (null otherwise). */
  readonly pick: ((at: LatLng) => void) | null;
}

export function DispatchMap({ feed, thresholds, stale, selection, onSelect, places, onSelectIncident, pick }: DispatchMapProps) {
  const { t, i18n } = useTranslation();
  const { t: tm } = useTranslation('dispatchMap');
  const { t: ti } = useTranslation('intake');
  const units = useSyncExternalStore(feed.subscribe, feed.getSnapshot);
  const now = useNow(FRESHNESS_REFRESH_MS);
  const locale = i18n.language;
  const markers = useMemo(() => unitMarkers(units, now, thresholds, stale, locale), [units, now, thresholds, stale, locale]);
  const unitOptions = useMemo(() => {
    const collator = new Intl.Collator(locale, { numeric: true, sensitivity: 'base' });
    return units.map(({ id, callSign }) => ({ id, callSign })).sort((a, b) => collator.compare(a.callSign, b.callSign));
  }, [units, locale]);

  const replay = useTrackReplay();
  const loaded = replay.state.phase === 'ready' ? replay.state : null;
  const paths = useMemo(
    () =>
      loaded?.tracks.map((track, i) => ({
        unitId: track.unitId,
        points: track.points,
        colour: i % REPLAY_COLOURS,
        d: pathData(track.points.map(project), false),
      })) ?? null,
    [loaded],
  );
  const gap = loaded ? interpolationGapMs(loaded.window) : 0;
  const callSign = (id: string) => unitOptions.find((u) => u.id === id)?.callSign ?? id;
  const unitStates: ReplayUnitState[] = (paths ?? []).map((p) => ({
    unitId: p.unitId,
    callSign: callSign(p.unitId),
    colour: p.colour,
    hasPoints: p.points.length > 0,
    fix: positionAt(p.points, replay.time, gap),
  }));
  const replayViews: ReplayTrackView[] | null = paths
    ? paths.map((p, i) => {
        const fix = unitStates[i]!.fix;
        return {
          unitId: p.unitId,
          callSign: unitStates[i]!.callSign,
          colour: p.colour,
          points: p.points,
          d: p.d,
          position: fix && { lat: fix.lat, lng: fix.lng },
          at: fix && project(fix),
          held: fix?.held ?? false,
        };
      })
    : null;

  const centreRequest = selection.from === 'board' && selection.id !== null ? { key: selection.seq, id: selection.id } : null;
  const basemap = useBasemap(basemapStoreFor(useApi()));
  const [webGl, setWebGl] = useState(supportsWebGl2);
  const mapProps = { markers, selectedId: selection.id, onSelect, centreRequest, replay: replayViews, places, onSelectIncident, pick };
  const info = basemap.state === 'ready' ? basemap.info : null;

  return (
    <section className="dispatch-map" aria-label={t('map.heading')}>
      {!webGl && (
        <p className="notice notice--warning" role="note" data-testid="map-fallback">
          {tm('fallback.noWebgl')}
        </p>
      )}
      {info?.problem && (
        <p className="notice notice--warning" role="note" data-testid="map-basemap-problem">
          {tm(`basemapProblem.${info.problem}`, { file: info.cityFile ?? '' })}
        </p>
      )}
      {webGl && info ? (
        <VectorMap basemap={info} {...mapProps} onUnsupported={() => setWebGl(false)} />
      ) : webGl && basemap.state === 'loading' ? (
        <p className="unit-map unit-map__empty">{tm('loading')}</p>
      ) : (
        <UnitMap {...mapProps} />
      )}
      <div className="dispatch-map__footer">
        <ul className="map-legend" aria-label={t('map.legend')}>
          {UNIT_STATUSES.map((status) => (
            <li key={status} className="map-legend__item">
              <span className={`map-legend__dot unit-marker--${status}`} aria-hidden="true" />
              {t(`unit.status.${status}`)}
            </li>
          ))}
          <li className="map-legend__item">
            <span className="map-legend__dot map-legend__dot--stale" aria-hidden="true" />
            {t('map.legendStale')}
          </li>
          <li className="map-legend__item">
            {PRIORITIES.map((priority) => (
              <span
                key={priority}
                className={`map-legend__dot map-legend__dot--incident incident-marker--p${priority}`}
                aria-hidden="true"
              />
            ))}
            {ti('map.legendIncidents')}
          </li>
          <li className="map-legend__item">
            <span className="map-legend__dot map-legend__dot--operation" aria-hidden="true" />
            {ti('map.legendOperation')}
          </li>
        </ul>
        <p className="dispatch-map__note">{webGl && info ? info.source === 'demo' && tm('demoNote') : t('map.basemapNote')}</p>
      </div>
      <TrackReplayPanel units={unitOptions} selectedId={selection.id} replay={replay} unitStates={unitStates} />
    </section>
  );
}
