// The Despacho map: plain SVG over the offline basemap, no map library. The viewBox (in metres of
// the city projection) is the whole pan/zoom state; markers are SVG groups with role=button and CSS classes, so
// nothing needs an inline style and the strict CSP holds. Marker and label sizes are set per render from the
// metres-per-pixel scale, so they stay the same on screen at every zoom. With an online tile source set (and
// allowed by this page's CSP: tile-source-store.ts), its tiles are SVG <image>s under the basemap, which turns
// translucent once a tile of the view has loaded; tiles that do not load (offline) leave the basemap as it is.
//
// Pointer: drag to pan, wheel to zoom about the pointer, click a marker to select its unit (or an incident of the
// queue, drawn under the units with today's operations). Keyboard: the map itself is focusable (arrows pan, + −
// zoom, 0 / Home back to the initial view); every unit and incident marker is a button (Enter or Space selects
// it); the zoom buttons repeat what the keys do. While the intake form asks for a point, a click sets it (and
// Enter on the map sets its centre).
import {
  memo,
  useCallback,
  useEffect,
  useEffectEvent,
  useId,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type PointerEvent,
} from 'react';
import { useTranslation } from 'react-i18next';
import { unproject } from '../../../../shared/geo/projection.ts';
import type { LatLng } from '../../../../shared/live/geodesy.ts';
import { useApi } from '../../../api/ApiContext.tsx';
import { basemapPaths } from './basemap-paths.ts';
import {
  centreView,
  clientToMap,
  fitView,
  keyCommand,
  panView,
  viewBoxAttribute,
  viewBoxOf,
  ZOOM_STEP,
  zoomView,
  type MapView,
} from './map-view.ts';
import { tileSourceStoreFor, useTileSource } from '../../../console-config/tile-source-store.ts';
import { tilesForView, type TilePlacement } from './tiles.ts';
import { markerClassName, rememberedMarkerLabel, type UnitMarker } from './unit-markers.ts';
import type { IncidentMarker, OperationMarker, PlaceMarkers } from './place-markers.ts';
import type { ReplayTrackView } from './replay-track-view.ts';

const BASEMAP = basemapPaths();
/** Below this many metres per pixel the barrio names fit; above it they would pile up. */
const BARRIO_LABELS_BELOW_MPP = 22;
/** Call signs beside the markers once zoomed in this far. */
const CALL_SIGNS_BELOW_MPP = 12;
const MARKER_PX = 7;
const HIT_PX = 13;
const LABEL_PX = 11;
const DEFAULT_SIZE = { width: 600, height: 420 };
/** Metres outside the municipal square still painted (the edge of the view when zoomed out). */
const OUTSIDE_M = 40_000;
/** Loaded tile addresses remembered (to know whether the view shows any); forgotten beyond this many. */
const REMEMBERED_TILES = 2_000;
/** A press that moves less than this many pixels before it is released is a click (a pick), not a drag. */
const CLICK_SLOP_PX = 4;
const INCIDENT_PX = 11;

export interface UnitMapProps {
  readonly markers: readonly UnitMarker[];
  readonly selectedId: string | null;
  readonly onSelect: (id: string) => void;
  /** Changing `key` centres the map on the unit `id` (a row selected on the board). */
  readonly centreRequest: { readonly key: number; readonly id: string } | null;
  /** Track replay on top of the live markers (which are then dimmed); null when no replay is loaded. */
  readonly replay: readonly ReplayTrackView[] | null;
  readonly places: PlaceMarkers;
  readonly onSelectIncident: (id: string) => void;
  /** While the intake form asks for a point: where the next click (or Enter: the view's centre) is. */
  readonly pick: ((at: LatLng) => void) | null;
}

export function UnitMap({ markers, selectedId, onSelect, centreRequest, replay, places, onSelectIncident, pick }: UnitMapProps) {
  const { t } = useTranslation();
  const helpId = useId();
  const viewport = useRef<HTMLDivElement>(null);
  const svg = useRef<SVGSVGElement>(null);
  const drag = useRef<{ pointer: number; x: number; y: number; from: MapView } | null>(null);
  const [size, setSize] = useState(DEFAULT_SIZE);
  const [view, setView] = useState<MapView | null>(null); // null: the initial view, refitted to the element

  const aspect = size.height / size.width;
  const home = fitView(BASEMAP.barrioPoints, aspect, 0.06);
  const current = view ?? home;
  const box = viewBoxOf(current, aspect);
  const mpp = current.width / size.width; // the viewBox has the element's aspect ratio: no letterboxing

  const tileSource = useTileSource(tileSourceStoreFor(useApi())).active;
  const template = tileSource?.urlTemplate ?? null;
  const tiles = useMemo(
    () => (template ? tilesForView(template, { x: box.x, y: box.y, width: box.width, height: box.height }, mpp) : []),
    [template, box.x, box.y, box.width, box.height, mpp],
  );
  const [loadedTiles, setLoadedTiles] = useState<ReadonlySet<string>>(() => new Set());
  const onTileLoad = useCallback(
    (url: string) => setLoadedTiles((old) => (old.has(url) ? old : old.size >= REMEMBERED_TILES ? new Set([url]) : new Set(old).add(url))),
    [],
  );
  const tilesShown = tiles.some((tile) => loadedTiles.has(tile.url));

  useEffect(() => {
    const element = viewport.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => {
      const { width, height } = entry?.contentRect ?? DEFAULT_SIZE;
      if (width > 0 && height > 0) setSize((old) => (old.width === width && old.height === height ? old : { width, height }));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  // A new centring request (a row chosen on the board): adjust the view while rendering, as React recommends
  // for state that follows a prop, instead of an effect and a second render.
  const [centredKey, setCentredKey] = useState<number | null>(null);
  if (centreRequest && centreRequest.key !== centredKey) {
    setCentredKey(centreRequest.key);
    const marker = markers.find((m) => m.id === centreRequest.id);
    if (marker) setView(centreView(current, marker.at));
  }

  // The incident chosen in the queue is brought into view (the same adjustment while rendering).
  const selectedIncident = places.incidents.find((incident) => incident.selected) ?? null;
  const [shownIncident, setShownIncident] = useState<string | null>(null);
  if ((selectedIncident?.id ?? null) !== shownIncident) {
    setShownIncident(selectedIncident?.id ?? null);
    const at = selectedIncident?.at;
    if (at && (at.x < box.x || at.x > box.x + box.width || at.y < box.y || at.y > box.y + box.height)) setView(centreView(current, at));
  }

  // Asked for a point: the map takes the focus (after the intake dialog has given it back to its opener, which it
  // does in a microtask), so that Enter can set the centre at once.
  const picking = pick !== null;
  useEffect(() => {
    if (!picking) return;
    const timer = setTimeout(() => svg.current?.focus());
    return () => clearTimeout(timer);
  }, [picking]);

  // React's onWheel is passive (it cannot stop the page from scrolling): listen directly.
  const onWheel = useEffectEvent((event: WheelEvent) => {
    const element = svg.current;
    if (!element) return;
    event.preventDefault();
    const anchor = clientToMap(box, element.getBoundingClientRect(), event.clientX, event.clientY);
    const notches = Math.max(-3, Math.min(3, -event.deltaY / 100));
    setView((old) => zoomView(old ?? home, ZOOM_STEP ** notches, anchor));
  });
  useEffect(() => {
    const element = svg.current;
    if (!element) return;
    const listener = (event: WheelEvent) => onWheel(event);
    element.addEventListener('wheel', listener, { passive: false });
    return () => element.removeEventListener('wheel', listener);
  }, []);

  const onPointerDown = (event: PointerEvent<SVGSVGElement>) => {
    if (event.button !== 0 || (!pick && (event.target as Element).closest('[data-unit-id], [data-incident-id]'))) return;
    event.currentTarget.setPointerCapture(event.pointerId);
    drag.current = { pointer: event.pointerId, x: event.clientX, y: event.clientY, from: current };
  };
  const onPointerMove = (event: PointerEvent<SVGSVGElement>) => {
    const d = drag.current;
    if (!d || d.pointer !== event.pointerId) return;
    setView(panView(d.from, -(event.clientX - d.x) * mpp, -(event.clientY - d.y) * mpp));
  };
  const endDrag = (event: PointerEvent<SVGSVGElement>) => {
    const d = drag.current;
    if (d?.pointer !== event.pointerId) return;
    drag.current = null;
    if (event.currentTarget.hasPointerCapture(event.pointerId)) event.currentTarget.releasePointerCapture(event.pointerId);
    const still = Math.hypot(event.clientX - d.x, event.clientY - d.y) < CLICK_SLOP_PX;
    if (pick && still && event.type === 'pointerup') {
      pick(unproject(clientToMap(box, event.currentTarget.getBoundingClientRect(), event.clientX, event.clientY)));
    }
  };

  const onKeyDown = (event: KeyboardEvent<SVGSVGElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    if (pick && event.key === 'Enter' && event.target === event.currentTarget) {
      event.preventDefault();
      return pick(unproject({ x: current.cx, y: current.cy }));
    }
    const next = keyCommand(current, event.key, home);
    if (!next) return;
    event.preventDefault();
    setView(next === home ? null : next);
  };

  const zoom = (factor: number) => setView(zoomView(current, factor));
  const selected = selectedId === null ? undefined : markers.find((m) => m.id === selectedId);

  return (
    <div className={picking ? 'unit-map unit-map--picking' : 'unit-map'} data-testid="unit-map">
      <div className="unit-map__viewport" ref={viewport}>
        <svg
          ref={svg}
          className={replay ? 'unit-map__svg unit-map__svg--replaying' : 'unit-map__svg'}
          viewBox={viewBoxAttribute(box)}
          role="application"
          aria-roledescription={t('map.heading')}
          aria-label={t('map.label')}
          aria-describedby={helpId}
          tabIndex={0}
          onKeyDown={onKeyDown}
          onPointerDown={onPointerDown}
          onPointerMove={onPointerMove}
          onPointerUp={endDrag}
          onPointerCancel={endDrag}
          data-testid="unit-map-canvas"
        >
          {tiles.length > 0 && <TileLayer tiles={tiles} onLoad={onTileLoad} />}
          <Basemap mpp={mpp} overTiles={tilesShown} />
          <OperationsLayer operations={places.operations} mpp={mpp} />
          <IncidentsLayer incidents={places.incidents} mpp={mpp} onSelect={onSelectIncident} />
          <MarkersLayer markers={markers} selectedId={selectedId} mpp={mpp} onSelect={onSelect} />
          {selected && (
            <circle className="unit-marker-selection" cx={selected.at.x} cy={selected.at.y} r={MARKER_PX * 2 * mpp} aria-hidden="true" />
          )}
          {replay && <ReplayLayer tracks={replay} mpp={mpp} />}
        </svg>
        <div className="unit-map__controls" role="group" aria-label={t('map.controls')}>
          <button
            type="button"
            className="unit-map__control"
            aria-label={t('map.zoomIn')}
            title={t('map.zoomIn')}
            onClick={() => zoom(ZOOM_STEP)}
          >
            +
          </button>
          <button
            type="button"
            className="unit-map__control"
            aria-label={t('map.zoomOut')}
            title={t('map.zoomOut')}
            onClick={() => zoom(1 / ZOOM_STEP)}
          >
            −
          </button>
          <button
            type="button"
            className="unit-map__control"
            aria-label={t('map.reset')}
            title={t('map.reset')}
            onClick={() => setView(null)}
          >
            ⌂
          </button>
        </div>
        {markers.length === 0 && <p className="unit-map__empty">{t('map.noPositions')}</p>}
        {tileSource && (
          <p className="unit-map__attribution" data-testid="map-attribution">
            {t('map.tiles.credit', { attribution: tileSource.attribution })}
          </p>
        )}
      </div>
      <p id={helpId} className="visually-hidden">
        {t('map.help')}
      </p>
    </div>
  );
}

/**
 * The online tiles under the basemap. An <image> that fails to load draws nothing, so without the network the
 * bundled basemap is all there is; each one that loads is reported (the basemap then turns translucent).
 */
const TileLayer = memo(function TileLayer({
  tiles,
  onLoad,
}: {
  readonly tiles: readonly TilePlacement[];
  readonly onLoad: (url: string) => void;
}) {
  return (
    <g className="map-tiles" aria-hidden="true" data-testid="map-tiles">
      {tiles.map((tile) => (
        <image
          key={tile.key}
          href={tile.url}
          x={tile.x}
          y={tile.y}
          width={tile.width}
          height={tile.height}
          preserveAspectRatio="none"
          onLoad={() => onLoad(tile.url)}
          data-testid="map-tile"
        />
      ))}
    </g>
  );
});

/** The static basemap; re-rendered only when the zoom changes the label sizes (or tiles appear under it). */
const Basemap = memo(function Basemap({ mpp, overTiles }: { readonly mpp: number; readonly overTiles: boolean }) {
  const fontSize = LABEL_PX * mpp;
  return (
    <g className={overTiles ? 'basemap basemap--over-tiles' : 'basemap'} aria-hidden="true" data-over-tiles={overTiles}>
      <rect className="basemap__outside" x={-OUTSIDE_M} y={-OUTSIDE_M} width={2 * OUTSIDE_M} height={2 * OUTSIDE_M} />
      {BASEMAP.limits.map((p) => (
        <path key={p.name} className="basemap__limits" d={p.d} />
      ))}
      {BASEMAP.barrios.map((b) => (
        // The name as a tooltip too: zoomed out, the labels are hidden so that they do not pile up.
        <path key={b.name} className="basemap__barrio" d={b.d}>
          <title>{b.name}</title>
        </path>
      ))}
      {BASEMAP.avenues.map((a) => (
        <path key={a.name} className="basemap__avenue" d={a.d} />
      ))}
      {BASEMAP.landmarks.map((l) => (
        <rect key={l.name} className="basemap__landmark" x={l.at.x - 3 * mpp} y={l.at.y - 3 * mpp} width={6 * mpp} height={6 * mpp} />
      ))}
      {mpp < BARRIO_LABELS_BELOW_MPP &&
        BASEMAP.barrios.map((b) => (
          <text key={b.name} className="basemap__label" x={b.label.x} y={b.label.y} fontSize={fontSize}>
            {b.name}
          </text>
        ))}
    </g>
  );
});

interface MarkersLayerProps {
  readonly markers: readonly UnitMarker[];
  readonly selectedId: string | null;
  readonly mpp: number;
  readonly onSelect: (id: string) => void;
}

/**
 * The live units; memoised so that a replay frame (which changes nothing here) does not re-render them. A new
 * snapshot (4 a second under load) re-renders only the markers whose drawing changed, and their accessible names
 * are remembered (rememberedMarkerLabel): the map's render runs on the main thread the grid's frames need.
 */
const MarkersLayer = memo(function MarkersLayer({ markers, selectedId, mpp, onSelect }: MarkersLayerProps) {
  const { t } = useTranslation();
  const showCallSigns = mpp < CALL_SIGNS_BELOW_MPP;
  return (
    <g className="unit-markers">
      {markers.map((marker) => (
        <MarkerView
          key={marker.id}
          id={marker.id}
          callSign={showCallSigns ? marker.callSign : null}
          label={rememberedMarkerLabel(marker, t)}
          selected={marker.id === selectedId}
          className={markerClassName(marker, marker.id === selectedId)}
          transform={`translate(${marker.at.x.toFixed(1)} ${marker.at.y.toFixed(1)})`}
          mpp={mpp}
          onSelect={onSelect}
        />
      ))}
    </g>
  );
});

interface MarkerViewProps {
  readonly id: string;
  /** Shown beside the marker (zoomed in), else null. */
  readonly callSign: string | null;
  readonly label: string;
  readonly selected: boolean;
  readonly className: string;
  readonly transform: string;
  readonly mpp: number;
  readonly onSelect: (id: string) => void;
}

/** One unit; all props are primitives (or the stable onSelect), so an unchanged marker is skipped. */
const MarkerView = memo(function MarkerView({ id, callSign, label, selected, className, transform, mpp, onSelect }: MarkerViewProps) {
  const r = MARKER_PX * mpp;
  return (
    <g
      role="button"
      tabIndex={0}
      aria-label={label}
      aria-pressed={selected}
      className={className}
      transform={transform}
      data-testid="unit-marker"
      data-unit-id={id}
      onClick={() => onSelect(id)}
      onKeyDown={(event) => {
        if (event.key !== 'Enter' && event.key !== ' ') return;
        event.preventDefault();
        event.stopPropagation();
        onSelect(id);
      }}
    >
      <circle className="unit-marker__hit" r={HIT_PX * mpp} />
      <circle className="unit-marker__dot" r={r} />
      {callSign !== null && (
        <text className="unit-marker__label" x={r * 1.5} y={r * 0.5} fontSize={LABEL_PX * mpp}>
          {callSign}
        </text>
      )}
    </g>
  );
});

/** Today's operations: hollow rings, named by their <title> (they are not chosen here). */
const OperationsLayer = memo(function OperationsLayer({
  operations,
  mpp,
}: {
  readonly operations: readonly OperationMarker[];
  readonly mpp: number;
}) {
  return (
    <g className="operation-markers">
      {operations.map((operation) => (
        <circle
          key={operation.id}
          className="operation-marker"
          cx={operation.at.x}
          cy={operation.at.y}
          r={INCIDENT_PX * mpp}
          data-operation-id={operation.id}
        >
          <title>{operation.label}</title>
        </circle>
      ))}
    </g>
  );
});

interface IncidentsLayerProps {
  readonly incidents: readonly IncidentMarker[];
  readonly mpp: number;
  readonly onSelect: (id: string) => void;
}

/** The queue's open incidents: a disc in the priority's colour with its number; a button that selects it. */
const IncidentsLayer = memo(function IncidentsLayer({ incidents, mpp, onSelect }: IncidentsLayerProps) {
  const r = (incident: IncidentMarker) => (incident.selected ? INCIDENT_PX * 1.35 : INCIDENT_PX) * mpp;
  return (
    <g className="incident-markers">
      {incidents.map((incident) => (
        <g
          key={incident.id}
          role="button"
          tabIndex={0}
          aria-label={incident.label}
          aria-pressed={incident.selected}
          className={`incident-marker incident-marker--p${incident.priority}${incident.selected ? ' incident-marker--selected' : ''}`}
          transform={`translate(${incident.at.x.toFixed(1)} ${incident.at.y.toFixed(1)})`}
          data-testid="incident-marker"
          data-incident-id={incident.id}
          onClick={() => onSelect(incident.id)}
          onKeyDown={(event) => {
            if (event.key !== 'Enter' && event.key !== ' ') return;
            event.preventDefault();
            event.stopPropagation();
            onSelect(incident.id);
          }}
        >
          <circle className="incident-marker__dot" r={r(incident)} />
          <text className="incident-marker__priority" fontSize={LABEL_PX * mpp} dy="0.35em">
            P{incident.priority}
          </text>
        </g>
      ))}
    </g>
  );
});

function ReplayLayer({ tracks, mpp }: { readonly tracks: readonly ReplayTrackView[]; readonly mpp: number }) {
  return (
    <g className="replay-layer" aria-hidden="true">
      {tracks.map((track) => (
        <path
          key={track.unitId}
          className={`replay-path replay-path--${track.colour}`}
          d={track.d}
          data-testid="replay-path"
          data-unit-id={track.unitId}
        />
      ))}
      {tracks.map(
        (track) =>
          track.at && (
            <g
              key={track.unitId}
              className={`replay-marker replay-marker--${track.colour}${track.held ? ' replay-marker--held' : ''}`}
              transform={`translate(${track.at.x.toFixed(1)} ${track.at.y.toFixed(1)})`}
              data-testid="replay-marker"
              data-unit-id={track.unitId}
            >
              <circle r={MARKER_PX * 1.2 * mpp} />
              <text x={MARKER_PX * 1.8 * mpp} y={MARKER_PX * 0.5 * mpp} fontSize={LABEL_PX * mpp}>
                {track.callSign}
              </text>
            </g>
          ),
      )}
    </g>
  );
}
