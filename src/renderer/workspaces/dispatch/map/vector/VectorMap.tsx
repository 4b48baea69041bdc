// The Despacho map on MapLibre GL: the vector basemap the console serves (its own origin, no network), the live
// units as one clustered GeoJSON source updated in place with what changed (unit-features.ts), the selected unit's
// ring, track replay, the queue's open incidents and today's operations (a click on an incident selects it). The DOM
// holds the canvas, the controls, the keyboard unit picker and the attribution — never one node per unit or place.
//
//   creating ──load──▶ ready ──(basemap or online source changes)──▶ creating …
//      └──(no WebGL / the map throws)──▶ onUnsupported(): DispatchMap falls back to the SVG map
//
// Keyboard on the canvas: arrows pan, + − zoom (MapLibre's own handler), 0 or Home back to the whole city. While the
// intake form asks for a point (`pick`), a click sets it there and Enter sets the map's centre.
import type { GeoJSONSource, MapGeoJSONFeature, MapMouseEvent } from 'maplibre-gl';
import { useEffect, useEffectEvent, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { BasemapInfo } from '../../../../../shared/geo/basemap-info.ts';
import type { LatLng } from '../../../../../shared/live/geodesy.ts';
import { useApi } from '../../../../api/ApiContext.tsx';
import { tileSourceStoreFor, useTileSource } from '../../../../console-config/tile-source-store.ts';
import type { PlaceMarkers } from '../place-markers.ts';
import type { ReplayTrackView } from '../replay-track-view.ts';
import type { UnitMarker } from '../unit-markers.ts';
import type { MapLibreMap } from './create-map.ts';
import { HOME_BOUNDS, HOME_FIT } from './home-bounds.ts';
import { mapStyle } from './map-style.ts';
import { overlayColours } from './overlay-colours.ts';
import {
  CLUSTER_MAX_ZOOM,
  CLUSTERS_LAYER,
  INCIDENTS_LAYER,
  INCIDENTS_SOURCE,
  LIVE_UNIT_LAYERS,
  OPERATIONS_SOURCE,
  REPLAY_DIMMING,
  REPLAY_NOW_SOURCE,
  REPLAY_TRACKS_SOURCE,
  SELECTION_SOURCE,
  UNITS_LAYER,
  UNITS_SOURCE,
} from './overlay-layers.ts';
import { incidentFeatures, operationFeatures } from './place-features.ts';
import { replayNowFeatures, replayTrackFeatures } from './replay-features.ts';
import { unitsUpdate, type UnitFeature } from './unit-features.ts';
import { UnitPicker } from './UnitPicker.tsx';
import { UNITS_UPDATE_MEASURE } from './units-update-measure.ts';

/** Pixels around a click that still hit a unit's dot. */
const HIT_PX = 8;
/** A unit chosen on the board is shown at least this close (no longer inside a cluster). */
const CENTRE_MIN_ZOOM = CLUSTER_MAX_ZOOM + 1.5;

export interface VectorMapProps {
  readonly basemap: BasemapInfo;
  readonly markers: readonly UnitMarker[];
  readonly selectedId: string | null;
  readonly onSelect: (id: string) => void;
  readonly centreRequest: { readonly key: number; readonly id: string } | null;
  readonly replay: readonly ReplayTrackView[] | null;
  readonly places: PlaceMarkers;
  readonly onSelectIncident: (id: string) => void;
  /** While the intake form asks for a point: where the next click (or Enter: the map's centre) is. */
  readonly pick: ((at: LatLng) => void) | null;
  /** The map cannot be drawn here (no WebGL): the caller shows the SVG map instead. */
  readonly onUnsupported: () => void;
}

const geojson = (map: MapLibreMap, id: string) => map.getSource<GeoJSONSource>(id);

function pointFeatures(points: readonly { readonly id: string; readonly role: string; readonly at: UnitMarker['position'] }[]) {
  return {
    type: 'FeatureCollection' as const,
    features: points.map((p) => ({
      type: 'Feature' as const,
      properties: { id: p.id, role: p.role },
      geometry: { type: 'Point' as const, coordinates: [p.at.lng, p.at.lat] },
    })),
  };
}

export function VectorMap(props: VectorMapProps) {
  const { basemap, markers, selectedId, onSelect, centreRequest, replay, places, onSelectIncident, pick } = props;
  const { t } = useTranslation();
  const { t: tm } = useTranslation('dispatchMap');
  const helpId = useId();
  const holder = useRef<HTMLDivElement>(null);
  const [map, setMap] = useState<MapLibreMap | null>(null);
  const [activeId, setActiveId] = useState<string | null>(null);
  /** Where the map rests (after each move): on the element as data attributes, for tests and diagnostics. */
  const [camera, setCamera] = useState<{ readonly center: string; readonly zoom: string } | null>(null);
  const features = useRef<ReadonlyMap<string, UnitFeature>>(new Map());
  const online = useTileSource(tileSourceStoreFor(useApi())).active;

  const unsupported = useEffectEvent(() => props.onUnsupported());
  const click = useEffectEvent((ready: MapLibreMap, event: MapMouseEvent) => {
    if (pick) pick({ lat: event.lngLat.lat, lng: event.lngLat.lng });
    else onMapClick(ready, event, { unit: onSelect, incident: onSelectIncident });
  });
  const mapTexts = useEffectEvent(() => ({ 'Map.Title': t('map.label') }));

  useEffect(() => {
    const element = holder.current;
    if (!element) return;
    let disposed = false;
    let created: MapLibreMap | null = null;
    void import('./create-map.ts')
      .then(({ createMap, BUNDLED_FONTS }) => {
        if (disposed) return;
        const style = mapStyle({ basemap, origin: window.location.origin, fonts: BUNDLED_FONTS, colours: overlayColours(element), online });
        created = createMap({ container: element, style, bounds: HOME_BOUNDS, locale: mapTexts() });
        const ready = created;
        ready.on('load', () => {
          if (disposed) return;
          ready.fitBounds(HOME_BOUNDS, HOME_FIT); // the element's size is final by now: the same view 0 / Home gives
          features.current = new Map();
          setMap(ready);
          report();
        });
        ready.on('click', (event) => click(ready, event));
        const report = () => {
          const { lng, lat } = ready.getCenter();
          setCamera({ center: `${lng.toFixed(6)},${lat.toFixed(6)}`, zoom: ready.getZoom().toFixed(3) });
        };
        ready.on('moveend', report);
      })
      .catch(() => {
        if (!disposed) unsupported();
      });
    return () => {
      disposed = true;
      setMap(null);
      created?.remove();
    };
  }, [basemap, online]);

  useEffect(() => {
    if (!map) return;
    const started = performance.now();
    const { features: next, diff } = unitsUpdate(features.current, markers);
    const first = features.current.size === 0;
    features.current = next;
    if (first) void geojson(map, UNITS_SOURCE)?.setData({ type: 'FeatureCollection', features: [...next.values()] });
    else if (diff) void geojson(map, UNITS_SOURCE)?.updateData(diff);
    // User Timing: what one snapshot costs the page's main thread (read by bench/map-frame.ts).
    performance.measure(UNITS_UPDATE_MEASURE, { start: started, end: performance.now() });
    performance.clearMeasures(UNITS_UPDATE_MEASURE); // observers have it already; a shift's worth must not pile up
  }, [map, markers]);

  const byId = (id: string | null) => (id === null ? undefined : markers.find((m) => m.id === id));
  const selected = byId(selectedId);
  const active = byId(activeId);
  useEffect(() => {
    if (!map) return;
    const rings = [
      ...(selected ? [{ id: selected.id, role: 'selected', at: selected.position }] : []),
      ...(active ? [{ id: active.id, role: 'focus', at: active.position }] : []),
    ];
    void geojson(map, SELECTION_SOURCE)?.setData(pointFeatures(rings));
  }, [map, selected, active]);

  // The active unit of the picker is kept in view.
  useEffect(() => {
    if (!map || !active) return;
    const at: [number, number] = [active.position.lng, active.position.lat];
    if (!map.getBounds().contains(at)) map.easeTo({ center: at, duration: 300 });
  }, [map, active]);

  // A row chosen on the board centres its unit (close enough to be out of its cluster).
  const centredKey = useRef<number | null>(null);
  useEffect(() => {
    if (!map || !centreRequest || centreRequest.key === centredKey.current) return;
    centredKey.current = centreRequest.key;
    const unit = markers.find((m) => m.id === centreRequest.id);
    if (unit) map.easeTo({ center: [unit.position.lng, unit.position.lat], zoom: Math.max(map.getZoom(), CENTRE_MIN_ZOOM), duration: 400 });
  }, [map, centreRequest, markers]);

  const replayTracks = replay ?? null;
  useEffect(() => {
    if (!map) return;
    for (const layer of LIVE_UNIT_LAYERS) map.setPaintProperty(layer, 'circle-opacity', replayTracks ? REPLAY_DIMMING : 1);
    void geojson(map, REPLAY_NOW_SOURCE)?.setData(replayNowFeatures(replayTracks ?? []));
  }, [map, replayTracks]);
  const trackKey = replayTracks?.map((track) => `${track.unitId}:${track.points.length}`).join(',') ?? '';
  const tracksOnly = useEffectEvent(() => replayTrackFeatures(replayTracks ?? []));
  useEffect(() => {
    if (map) void geojson(map, REPLAY_TRACKS_SOURCE)?.setData(tracksOnly());
  }, [map, trackKey]);

  useEffect(() => {
    if (map) void geojson(map, INCIDENTS_SOURCE)?.setData(incidentFeatures(places.incidents));
  }, [map, places.incidents]);
  useEffect(() => {
    if (map) void geojson(map, OPERATIONS_SOURCE)?.setData(operationFeatures(places.operations));
  }, [map, places.operations]);

  // The incident chosen in the queue is brought into view.
  const selectedIncident = places.incidents.find((incident) => incident.selected);
  useEffect(() => {
    if (!map || !selectedIncident) return;
    const at: [number, number] = [selectedIncident.position.lng, selectedIncident.position.lat];
    if (!map.getBounds().contains(at)) map.easeTo({ center: at, duration: 300 });
  }, [map, selectedIncident]);

  // Asked for a point: the canvas takes the focus (after the intake dialog has given it back to its opener, which
  // it does in a microtask), so that Enter can set the centre at once.
  const picking = pick !== null;
  useEffect(() => {
    if (!map || !picking) return;
    const timer = setTimeout(() => map.getCanvas().focus());
    return () => clearTimeout(timer);
  }, [map, picking]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (!map || event.target !== map.getCanvas() || event.altKey || event.ctrlKey || event.metaKey) return;
    if (pick && event.key === 'Enter') {
      event.preventDefault();
      const { lat, lng } = map.getCenter();
      return pick({ lat, lng });
    }
    if (event.key !== '0' && event.key !== 'Home') return;
    event.preventDefault();
    map.fitBounds(HOME_BOUNDS, { ...HOME_FIT, duration: 300 });
  };

  useEffect(() => {
    if (!map) return;
    const canvas = map.getCanvas();
    canvas.setAttribute('role', 'application');
    canvas.setAttribute('aria-roledescription', t('map.heading'));
    canvas.setAttribute('aria-label', t('map.label'));
    canvas.setAttribute('aria-describedby', helpId);
    canvas.dataset.testid = 'unit-map-canvas';
  }, [map, t, helpId]);

  return (
    <div
      className={picking ? 'unit-map unit-map--vector unit-map--picking' : 'unit-map unit-map--vector'}
      data-testid="unit-map"
      data-map-ready={map ? 'true' : 'false'}
      data-center={camera?.center}
      data-zoom={camera?.zoom}
    >
      <div className="unit-map__viewport">
        <div ref={holder} className="unit-map__gl" onKeyDown={onKeyDown} />
        <UnitPicker markers={markers} activeId={activeId} selectedId={selectedId} onActive={setActiveId} onChoose={onSelect} />
        <div className="unit-map__controls" role="group" aria-label={t('map.controls')}>
          <MapButton label={t('map.zoomIn')} text="+" onClick={() => map?.zoomIn()} />
          <MapButton label={t('map.zoomOut')} text="−" onClick={() => map?.zoomOut()} />
          <MapButton label={t('map.reset')} text="⌂" onClick={() => map?.fitBounds(HOME_BOUNDS, HOME_FIT)} />
        </div>
        {!map && <p className="unit-map__empty">{tm('loading')}</p>}
        <p className="unit-map__attribution" data-testid="map-attribution">
          {[basemap.attribution, online && t('map.tiles.credit', { attribution: online.attribution })].filter(Boolean).join(' · ')}
        </p>
      </div>
      <p id={helpId} className="visually-hidden">
        {tm('help')}
      </p>
    </div>
  );
}

function MapButton({ label, text, onClick }: { readonly label: string; readonly text: string; readonly onClick: () => void }) {
  return (
    <button type="button" className="unit-map__control" aria-label={label} title={label} onClick={onClick}>
      {text}
    </button>
  );
}

/** A click selects the unit under it, else the incident; a click on a cluster zooms in until it comes apart. */
function onMapClick(
  map: MapLibreMap,
  event: MapMouseEvent,
  select: { readonly unit: (id: string) => void; readonly incident: (id: string) => void },
): void {
  const { x, y } = event.point;
  const hits: MapGeoJSONFeature[] = map.queryRenderedFeatures(
    [
      [x - HIT_PX, y - HIT_PX],
      [x + HIT_PX, y + HIT_PX],
    ],
    { layers: [UNITS_LAYER, CLUSTERS_LAYER, INCIDENTS_LAYER] },
  );
  const unitId = hits.find((f) => f.layer.id === UNITS_LAYER)?.properties.unitId as string | undefined;
  if (unitId !== undefined) return select.unit(unitId);
  const incidentId = hits.find((f) => f.layer.id === INCIDENTS_LAYER)?.properties.incidentId as string | undefined;
  if (incidentId !== undefined) return select.incident(incidentId);
  const cluster = hits.find((f) => f.layer.id === CLUSTERS_LAYER);
  const clusterId = cluster?.properties.cluster_id as number | undefined;
  if (cluster?.geometry.type !== 'Point' || clusterId === undefined) return;
  const center = cluster.geometry.coordinates as [number, number];
  void geojson(map, UNITS_SOURCE)
    ?.getClusterExpansionZoom(clusterId)
    .then((zoom) => map.easeTo({ center, zoom }));
}
