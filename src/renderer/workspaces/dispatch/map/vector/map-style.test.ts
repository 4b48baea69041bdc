// The style the map starts from, checked against the MapLibre style specification itself, and against the tile
// schema the project documents (OpenMapTiles layers + barrios: what `npm run basemap` and planetiler write).
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { LayerSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import type { BasemapInfo } from '../../../../../shared/geo/basemap-info.ts';
import { BASEMAP_SOURCE, FONT_BOLD, FONT_REGULAR } from './basemap-style.ts';
import { mapStyle } from './map-style.ts';
import { REPLAY_COLOURS, type OverlayColours } from './overlay-layers.ts';

const INFO: BasemapInfo = {
  source: 'demo',
  tilesUrl: '/tiles/{z}/{x}/{y}.pbf?v=abc',
  name: 'Córdoba — demo',
  attribution: 'demo',
  minzoom: 8,
  maxzoom: 14,
  bounds: [-64.31, -31.52, -64.05, -31.3],
  center: [-64.18, -31.41, 12],
  cityFile: null,
  problem: null,
};
const FONTS = { regular: 'http://127.0.0.1:5000/assets/r.woff2', bold: 'http://127.0.0.1:5000/assets/b.woff2' };
const COLOURS: OverlayColours = {
  status: {
    available: '#2e7d32',
    dispatched: '#00838f',
    en_route: '#0b5cad',
    on_scene: '#c62828',
    break: '#8a5a00',
    out_of_service: '#5f6b7a',
    unknown: '#5f6b7a',
  },
  stale: '#a9b3bf',
  staleStroke: '#4a5565',
  cluster: '#0b3d6e',
  selection: '#1b2430',
  focus: '#ffb000',
  replay: Array.from({ length: REPLAY_COLOURS }, () => '#6a1b9a'),
  incident: { 1: '#b71c1c', 2: '#c43e00', 3: '#8a6d00', 4: '#546e7a' },
  operation: '#6a1b9a',
};
const SCHEMA_LAYERS = [
  'boundary',
  'transportation',
  'transportation_name',
  'place',
  'park',
  'landuse',
  'water',
  'waterway',
  'building',
  'barrios',
];
const ONLINE = { urlTemplate: 'https://tile.example.org/{z}/{x}/{y}.png', attribution: '© Example' };

const style = (online: typeof ONLINE | null = null) =>
  mapStyle({ basemap: INFO, origin: 'http://127.0.0.1:5000', fonts: FONTS, colours: COLOURS, online });
const basemapLayers = (layers: readonly LayerSpecification[]) => layers.filter((l) => 'source' in l && l.source === BASEMAP_SOURCE);

describe('mapStyle', () => {
  it.each([
    ['offline', null],
    ['over online tiles', ONLINE],
  ])('is a valid MapLibre style (%s)', (_, online) => {
    expect(validateStyleMin(style(online))).toEqual([]);
  });

  it('serves tiles from the page origin only, and text from the bundled fonts', () => {
    const s = style();
    expect(s.sources[BASEMAP_SOURCE]).toMatchObject({
      type: 'vector',
      tiles: ['http://127.0.0.1:5000/tiles/{z}/{x}/{y}.pbf?v=abc'],
      maxzoom: 14,
    });
    expect(s.glyphs).toBeUndefined();
    expect(s.sprite).toBeUndefined();
    expect(s['font-faces']).toEqual({ [FONT_REGULAR]: FONTS.regular, [FONT_BOLD]: FONTS.bold });
    const fonts = s.layers.flatMap((l) => (l.type === 'symbol' ? [l.layout?.['text-font']] : []));
    expect(fonts.length).toBeGreaterThan(4);
    for (const font of fonts) expect([[FONT_REGULAR], [FONT_BOLD]]).toContainEqual(font);
  });

  it('reads only the documented tile schema, with Spanish names first', () => {
    const layers = basemapLayers(style().layers);
    for (const layer of layers) expect(SCHEMA_LAYERS).toContain((layer as { 'source-layer': string })['source-layer']);
    const labels = layers.filter((l) => l.type === 'symbol');
    expect(labels.map((l) => l.id)).toEqual(expect.arrayContaining(['road-label', 'barrio-label', 'park-label', 'city-label']));
    for (const label of labels.filter((l) => l.id !== 'city-label'))
      expect(label.type === 'symbol' && label.layout?.['text-field']).toEqual(['coalesce', ['get', 'name:es'], ['get', 'name']]);
  });

  it('puts online tiles right above the ground, makes the ground see-through, and the console layers on top', () => {
    const offline = style();
    const online = style(ONLINE);
    expect(offline.sources.online).toBeUndefined();
    expect(online.sources.online).toEqual({ type: 'raster', tiles: [ONLINE.urlTemplate], tileSize: 256 });
    expect(online.layers.map((l) => l.id).slice(0, 2)).toEqual(['background', 'online']);
    const fill = online.layers.find((l) => l.id === 'park');
    expect(fill?.type === 'fill' && fill.paint?.['fill-opacity']).toBe(0.35);
    const ground = online.layers[0]!;
    expect(ground.type === 'background' && ground.paint?.['background-opacity']).toBe(0);
    const ids = offline.layers.map((l) => l.id);
    expect(ids.indexOf('units')).toBeGreaterThan(ids.indexOf('road-label'));
    expect(ids.at(-1)).toBe('replay-labels');
  });
});
