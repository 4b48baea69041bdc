// The Despacho map's style: what the vector basemap looks like, written against the OpenMapTiles schema (what
// planetiler and tilemaker make from an OpenStreetMap extract, and what `npm run basemap` writes for the demo) plus
// one layer of the console's own, `barrios`. Labels are Spanish first (name:es, then name). Text is drawn from the
// bundled Noto Sans files through the style's font-faces (MapLibre rasterises them in the page), so the map needs
// no glyph server, no sprite and no network: every feature is a fill, a line, a circle or a label.
import type { ExpressionSpecification, LayerSpecification, StyleSpecification } from 'maplibre-gl';
import type { BasemapInfo } from '../../../../../shared/geo/basemap-info.ts';

export interface StyleFonts {
  readonly regular: string;
  readonly bold: string;
}

export const BASEMAP_SOURCE = 'basemap';
export const FONT_REGULAR = 'Noto Sans Regular';
export const FONT_BOLD = 'Noto Sans Bold';

const NAME: ExpressionSpecification = ['coalesce', ['get', 'name:es'], ['get', 'name']];
const HALO = { 'text-color': '#1b2430', 'text-halo-color': '#ffffff', 'text-halo-width': 1.5 };

/** Road classes from the widest down, with their colour and width at zoom 16 (px). */
const ROADS: readonly {
  readonly classes: readonly string[];
  readonly colour: string;
  readonly width16: number;
  readonly minzoom: number;
}[] = [
  { classes: ['motorway'], colour: '#e39a2d', width16: 14, minzoom: 8 },
  { classes: ['trunk', 'primary'], colour: '#f3c95c', width16: 12, minzoom: 9 },
  { classes: ['secondary', 'tertiary'], colour: '#ffffff', width16: 10, minzoom: 11 },
  { classes: ['minor', 'service', 'track'], colour: '#ffffff', width16: 6, minzoom: 13 },
];

/** A width that doubles with each zoom level, as streets on the ground do, from `at16` px at zoom 16. */
const widthByZoom = (at16: number): ExpressionSpecification => [
  'interpolate',
  ['exponential', 1.6],
  ['zoom'],
  10,
  at16 / 24,
  16,
  at16,
  19,
  at16 * 4,
];

const roadClass = (classes: readonly string[]): ExpressionSpecification => ['in', ['get', 'class'], ['literal', classes]];

type Road = (typeof ROADS)[number];

/** One road class drawn as its casing (the darker edge, wider) or its fill. */
const roadLayer = (road: Road, i: number, part: 'casing' | 'fill'): LayerSpecification => ({
  id: part === 'casing' ? `road-casing-${i}` : `road-${i}`,
  type: 'line',
  source: BASEMAP_SOURCE,
  'source-layer': 'transportation',
  minzoom: road.minzoom,
  filter: roadClass(road.classes),
  layout: { 'line-cap': 'round', 'line-join': 'round' },
  paint:
    part === 'casing'
      ? { 'line-color': '#a8946b', 'line-width': widthByZoom(road.width16 + 2) }
      : { 'line-color': road.colour, 'line-width': widthByZoom(road.width16) },
});

/** Every casing under every fill, smaller roads first, so an avenue's casing is not drawn over the street that meets it. */
const roadLayers = (): LayerSpecification[] =>
  (['casing', 'fill'] as const).flatMap((part) => ROADS.map((road, i) => roadLayer(road, i, part)).reverse());

function labelLayers(): LayerSpecification[] {
  return [
    {
      id: 'road-label',
      type: 'symbol',
      source: BASEMAP_SOURCE,
      'source-layer': 'transportation_name',
      minzoom: 11,
      layout: {
        'symbol-placement': 'line',
        'text-field': NAME,
        'text-font': [FONT_REGULAR],
        'text-size': ['interpolate', ['linear'], ['zoom'], 12, 10, 17, 13],
        'text-max-angle': 30,
      },
      paint: HALO,
    },
    {
      id: 'park-label',
      type: 'symbol',
      source: BASEMAP_SOURCE,
      'source-layer': 'park',
      minzoom: 14,
      layout: { 'text-field': NAME, 'text-font': [FONT_REGULAR], 'text-size': 11 },
      paint: { ...HALO, 'text-color': '#2f5d34' },
    },
    {
      id: 'barrio-label',
      type: 'symbol',
      source: BASEMAP_SOURCE,
      'source-layer': 'place',
      minzoom: 10,
      filter: ['in', ['get', 'class'], ['literal', ['suburb', 'quarter', 'neighbourhood']]],
      layout: {
        'text-field': NAME,
        'text-font': [FONT_BOLD],
        'text-size': ['interpolate', ['linear'], ['zoom'], 10, 9, 15, 13],
        'text-transform': 'uppercase',
        'text-letter-spacing': 0.05,
        'text-max-width': 8,
      },
      paint: { ...HALO, 'text-color': '#4a5565' },
    },
    {
      id: 'city-label',
      type: 'symbol',
      source: BASEMAP_SOURCE,
      'source-layer': 'place',
      maxzoom: 10,
      filter: ['in', ['get', 'class'], ['literal', ['city', 'town']]],
      layout: { 'text-field': NAME, 'text-font': [FONT_BOLD], 'text-size': 16 },
      paint: HALO,
    },
  ];
}

/** The style for one basemap; `origin` makes the tiles URL absolute (the map's worker resolves nothing relative). */
export function basemapStyle(info: BasemapInfo, origin: string, fonts: StyleFonts): StyleSpecification {
  return {
    version: 8,
    name: info.name,
    'font-faces': { [FONT_REGULAR]: fonts.regular, [FONT_BOLD]: fonts.bold },
    sources: {
      [BASEMAP_SOURCE]: {
        type: 'vector',
        tiles: [origin + info.tilesUrl],
        minzoom: info.minzoom,
        maxzoom: info.maxzoom,
        bounds: [...info.bounds],
      },
    },
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': '#f3efe6' } },
      { id: 'landuse', type: 'fill', source: BASEMAP_SOURCE, 'source-layer': 'landuse', paint: { 'fill-color': '#ece6da' } },
      { id: 'park', type: 'fill', source: BASEMAP_SOURCE, 'source-layer': 'park', paint: { 'fill-color': '#cfe5c4' } },
      { id: 'water', type: 'fill', source: BASEMAP_SOURCE, 'source-layer': 'water', paint: { 'fill-color': '#a9cde8' } },
      {
        id: 'waterway',
        type: 'line',
        source: BASEMAP_SOURCE,
        'source-layer': 'waterway',
        paint: { 'line-color': '#a9cde8', 'line-width': ['interpolate', ['linear'], ['zoom'], 10, 1, 16, 4] },
      },
      {
        id: 'barrio-fill',
        type: 'fill',
        source: BASEMAP_SOURCE,
        'source-layer': 'barrios',
        paint: { 'fill-color': '#ffffff', 'fill-opacity': ['interpolate', ['linear'], ['zoom'], 10, 0.5, 15, 0.15] },
      },
      {
        id: 'building',
        type: 'fill',
        source: BASEMAP_SOURCE,
        'source-layer': 'building',
        minzoom: 15,
        paint: { 'fill-color': '#ddd6c9', 'fill-outline-color': '#c9c0b0' },
      },
      {
        id: 'barrio-outline',
        type: 'line',
        source: BASEMAP_SOURCE,
        'source-layer': 'barrios',
        paint: { 'line-color': '#8a94a3', 'line-width': 1, 'line-dasharray': [3, 2] },
      },
      ...roadLayers(),
      {
        id: 'boundary',
        type: 'line',
        source: BASEMAP_SOURCE,
        'source-layer': 'boundary',
        filter: ['<=', ['to-number', ['get', 'admin_level']], 8],
        paint: { 'line-color': '#6a5d8c', 'line-width': 1.5, 'line-dasharray': [4, 2] },
      },
      ...labelLayers(),
    ],
  };
}
