// The whole style the Despacho map starts from: the basemap (basemap-style.ts), the console's own layers over it
// (overlay-layers.ts) and, when a person opted in to an online tile source in Configuración, its raster tiles
// under the vector map — whose ground then turns see-through so the photo or raster map shows.
import type { LayerSpecification, StyleSpecification } from 'maplibre-gl';
import type { BasemapInfo } from '../../../../../shared/geo/basemap-info.ts';
import type { TileSource } from '../../../../../shared/geo/tile-source.ts';
import { basemapStyle, type StyleFonts } from './basemap-style.ts';
import { overlayLayers, overlaySources, type OverlayColours } from './overlay-layers.ts';

export interface MapStyleInput {
  readonly basemap: BasemapInfo;
  /** The page's origin: the tiles URL is made absolute with it. */
  readonly origin: string;
  readonly fonts: StyleFonts;
  readonly colours: OverlayColours;
  /** The opt-in online raster tiles, when this page may draw them (tile-source-store.ts). */
  readonly online: TileSource | null;
}

const ONLINE_SOURCE = 'online';
const SEE_THROUGH = 0.35;

/** A basemap layer as it is drawn over online tiles: no ground colour, fills see-through. */
function overOnline(layer: LayerSpecification): LayerSpecification {
  if (layer.type === 'background') return { ...layer, paint: { ...layer.paint, 'background-opacity': 0 } };
  if (layer.type === 'fill') return { ...layer, paint: { ...layer.paint, 'fill-opacity': SEE_THROUGH } };
  return layer;
}

export function mapStyle({ basemap, origin, fonts, colours, online }: MapStyleInput): StyleSpecification {
  const base = basemapStyle(basemap, origin, fonts);
  const [background, ...rest] = base.layers;
  const onlineLayers: LayerSpecification[] = online ? [{ id: ONLINE_SOURCE, type: 'raster', source: ONLINE_SOURCE }] : [];
  const layers = online ? [background!, ...rest].map(overOnline) : [background!, ...rest];
  return {
    ...base,
    sources: {
      ...base.sources,
      ...(online ? { [ONLINE_SOURCE]: { type: 'raster', tiles: [online.urlTemplate], tileSize: 256 } } : {}),
      ...overlaySources(),
    },
    layers: [layers[0]!, ...onlineLayers, ...layers.slice(1), ...overlayLayers(colours)],
  };
}
