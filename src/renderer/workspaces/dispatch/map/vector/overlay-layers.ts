// What the console draws over the basemap, as MapLibre sources and layers: today's operations and the open
// incidents (under the units: a patrol on scene stays visible), the live units (clustered when zoomed out,
// coloured by status, greyed when stale, call signs once zoomed in), the selected unit's ring and the replayed
// tracks. Colours come from the page's CSS (map.css: --unit-colour-*, --incident-colour-p*), read once, so the
// legend, the queue and the map cannot disagree.
import type { ExpressionSpecification, LayerSpecification, SourceSpecification, SymbolLayerSpecification } from 'maplibre-gl';
import { PRIORITIES, type Priority } from '../../../../../shared/dispatch/codes.ts';
import { UNIT_STATUSES, type UnitStatus } from '../../../../../shared/live/units.ts';
import { FONT_BOLD } from './basemap-style.ts';

export const UNITS_SOURCE = 'units';
export const UNITS_LAYER = 'units';
export const CLUSTERS_LAYER = 'unit-clusters';
export const SELECTION_SOURCE = 'selection';
/** The replayed tracks (set once per replay) and where each unit is at the replay time (set every frame). */
export const REPLAY_TRACKS_SOURCE = 'replay-tracks';
export const REPLAY_NOW_SOURCE = 'replay-now';
/** Despacho's places (place-features.ts): the queue's open incidents and today's planned operations. */
export const INCIDENTS_SOURCE = 'incidents';
export const INCIDENTS_LAYER = 'incidents-points';
export const OPERATIONS_SOURCE = 'operations';
export const OPERATIONS_LAYER = 'operations-points';

/** Units are clustered up to this zoom; from the next one on every unit is its own dot. */
export const CLUSTER_MAX_ZOOM = 11;
/** Call signs beside the dots from this zoom on. */
export const CALL_SIGNS_MIN_ZOOM = 14;
/** Replay colour slots (the replay panel's swatches use the same CSS variables). */
export const REPLAY_COLOURS = 6;

export interface OverlayColours {
  readonly status: Readonly<Record<UnitStatus | 'unknown', string>>;
  readonly stale: string;
  readonly staleStroke: string;
  readonly cluster: string;
  readonly selection: string;
  readonly focus: string;
  readonly replay: readonly string[];
  readonly incident: Readonly<Record<Priority, string>>;
  readonly operation: string;
}

const empty = (): GeoJSON.FeatureCollection => ({ type: 'FeatureCollection', features: [] });

export function overlaySources(): Record<string, SourceSpecification> {
  return {
    [UNITS_SOURCE]: { type: 'geojson', data: empty(), cluster: true, clusterMaxZoom: CLUSTER_MAX_ZOOM, clusterRadius: 24 },
    [SELECTION_SOURCE]: { type: 'geojson', data: empty() },
    [REPLAY_TRACKS_SOURCE]: { type: 'geojson', data: empty() },
    [REPLAY_NOW_SOURCE]: { type: 'geojson', data: empty() },
    [INCIDENTS_SOURCE]: { type: 'geojson', data: empty() },
    [OPERATIONS_SOURCE]: { type: 'geojson', data: empty() },
  };
}

/** ['match', ['get', property], key1, value1, …, fallback]; the spec's tuple type cannot follow a spread list. */
const matchBy = (property: string, pairs: readonly (readonly [string | number, string])[], fallback: string): ExpressionSpecification =>
  ['match', ['get', property], ...pairs.flat(), fallback] as unknown as ExpressionSpecification;

const statusColour = (colours: OverlayColours): ExpressionSpecification => [
  'case',
  ['==', ['get', 'stale'], 1],
  colours.stale,
  matchBy(
    'status',
    UNIT_STATUSES.map((s) => [s, colours.status[s]]),
    colours.status.unknown,
  ),
];

const LABEL_LAYOUT: SymbolLayerSpecification['layout'] = {
  'text-font': [FONT_BOLD],
  'text-size': 12,
  'text-anchor': 'left',
  'text-offset': [0.9, 0],
  'text-optional': true,
};
const LABEL_PAINT = { 'text-color': '#1b2430', 'text-halo-color': '#ffffff', 'text-halo-width': 2 } as const;

/**
 * Operations as hollow rings (an area being worked, not a call); incidents as larger discs in their priority's
 * colour with the priority written on them and a dark rim — unlike the units' white one —, the selected incident
 * bigger and ringed in the selection colour.
 */
function placeLayers(colours: OverlayColours): LayerSpecification[] {
  const selected = ['==', ['get', 'selected'], 1] as ExpressionSpecification;
  return [
    {
      id: OPERATIONS_LAYER,
      type: 'circle',
      source: OPERATIONS_SOURCE,
      paint: {
        'circle-radius': 9,
        'circle-color': colours.operation,
        'circle-opacity': 0.15,
        'circle-stroke-color': colours.operation,
        'circle-stroke-width': 3,
      },
    },
    {
      id: INCIDENTS_LAYER,
      type: 'circle',
      source: INCIDENTS_SOURCE,
      paint: {
        'circle-radius': ['case', selected, 14, 11],
        'circle-color': matchBy(
          'priority',
          PRIORITIES.map((p) => [p, colours.incident[p]]),
          colours.incident[4],
        ),
        'circle-stroke-color': ['case', selected, colours.selection, '#1b2430'],
        'circle-stroke-width': ['case', selected, 4, 1.5],
      },
    },
    {
      id: 'incidents-priority',
      type: 'symbol',
      source: INCIDENTS_SOURCE,
      layout: {
        'text-field': ['concat', 'P', ['to-string', ['get', 'priority']]],
        'text-font': [FONT_BOLD],
        'text-size': 11,
        'text-allow-overlap': true,
        'text-ignore-placement': true,
      },
      paint: { 'text-color': '#ffffff' },
    },
  ];
}

function unitLayers(colours: OverlayColours): LayerSpecification[] {
  return [
    {
      id: CLUSTERS_LAYER,
      type: 'circle',
      source: UNITS_SOURCE,
      filter: ['has', 'point_count'],
      paint: {
        'circle-color': colours.cluster,
        'circle-radius': ['step', ['get', 'point_count'], 13, 10, 17, 100, 22, 500, 27],
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 2,
      },
    },
    {
      id: 'unit-cluster-count',
      type: 'symbol',
      source: UNITS_SOURCE,
      filter: ['has', 'point_count'],
      layout: { 'text-field': ['get', 'point_count_abbreviated'], 'text-font': [FONT_BOLD], 'text-size': 12, 'text-allow-overlap': true },
      paint: { 'text-color': '#ffffff' },
    },
    {
      id: UNITS_LAYER,
      type: 'circle',
      source: UNITS_SOURCE,
      filter: ['!', ['has', 'point_count']],
      paint: {
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 10, 4, 15, 7],
        'circle-color': statusColour(colours),
        'circle-stroke-color': ['case', ['==', ['get', 'stale'], 1], colours.staleStroke, '#ffffff'],
        'circle-stroke-width': 2,
      },
    },
    {
      id: 'unit-labels',
      type: 'symbol',
      source: UNITS_SOURCE,
      minzoom: CALL_SIGNS_MIN_ZOOM,
      filter: ['!', ['has', 'point_count']],
      layout: { ...LABEL_LAYOUT, 'text-field': ['get', 'callSign'] },
      paint: LABEL_PAINT,
    },
  ];
}

function selectionLayers(colours: OverlayColours): LayerSpecification[] {
  return [
    {
      id: 'selection-ring',
      type: 'circle',
      source: SELECTION_SOURCE,
      paint: {
        'circle-radius': 13,
        'circle-opacity': 0,
        'circle-stroke-width': 3,
        'circle-stroke-color': ['match', ['get', 'role'], 'focus', colours.focus, colours.selection],
      },
    },
  ];
}

function replayLayers(colours: OverlayColours): LayerSpecification[] {
  const colour = matchBy(
    'colour',
    colours.replay.map((c, i) => [i, c]),
    colours.replay[0]!,
  );
  return [
    {
      id: 'replay-lines',
      type: 'line',
      source: REPLAY_TRACKS_SOURCE,
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: { 'line-color': colour, 'line-width': 3 },
    },
    {
      id: 'replay-points',
      type: 'circle',
      source: REPLAY_NOW_SOURCE,
      paint: {
        'circle-radius': 8,
        'circle-color': colour,
        'circle-stroke-color': ['case', ['get', 'held'], '#1b2430', '#ffffff'],
        'circle-stroke-width': 2,
      },
    },
    {
      id: 'replay-labels',
      type: 'symbol',
      source: REPLAY_NOW_SOURCE,
      layout: { ...LABEL_LAYOUT, 'text-field': ['get', 'callSign'], 'text-allow-overlap': true },
      paint: LABEL_PAINT,
    },
  ];
}

export function overlayLayers(colours: OverlayColours): LayerSpecification[] {
  return [...placeLayers(colours), ...unitLayers(colours), ...selectionLayers(colours), ...replayLayers(colours)];
}

/** The live units' layers, which step back to this opacity while a replay is shown (as the SVG map does). */
export const LIVE_UNIT_LAYERS = [CLUSTERS_LAYER, UNITS_LAYER] as const;
export const REPLAY_DIMMING = 0.35;
