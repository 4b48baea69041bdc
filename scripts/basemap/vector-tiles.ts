// GeoJSON layers → Mapbox Vector Tiles, gzipped as MBTiles stores them, for every tile over `bounds` from minzoom to
// maxzoom. geojson-vt cuts and simplifies, vt-pbf encodes. Tiles with no feature in any layer are left out (MapLibre
// draws nothing there either). The result is sorted by z, x, y and depends on nothing but the layers: the same
// layers give the same tiles (only the gzip bytes may change with the zlib version, hence tests compare content).
import { GeoJSONVT, type GeoJSONVTTile } from '@maplibre/geojson-vt';
import { fromGeojsonVt } from '@maplibre/vt-pbf';
import type { FeatureCollection } from 'geojson';
import { gzipSync } from 'node:zlib';
import type { TileToWrite } from '../../src/core/basemap/mbtiles-writer.ts';
import { tileAt } from '../../src/shared/geo/web-mercator.ts';

export interface TileRange {
  /** [west, south, east, north] in degrees. */
  readonly bounds: readonly [number, number, number, number];
  readonly minzoom: number;
  readonly maxzoom: number;
}

/** The vector tile standard's extent: 4096 units across a tile. */
export const TILE_EXTENT = 4096;

export function encodeVectorTiles(layers: Readonly<Record<string, FeatureCollection>>, range: TileRange): TileToWrite[] {
  // geojson-vt's defaults, spelt out: a buffer of 64 units beyond each edge (no seams), simplified to 3 units.
  const options = { maxZoom: range.maxzoom, extent: TILE_EXTENT, buffer: 64, tolerance: 3 };
  const indexes = Object.entries(layers).map(([name, collection]) => [name, new GeoJSONVT(collection, options)] as const);
  const [west, south, east, north] = range.bounds;
  const tiles: TileToWrite[] = [];
  for (let z = range.minzoom; z <= range.maxzoom; z++) {
    const [from, to] = [tileAt({ lng: west, lat: north }, z), tileAt({ lng: east, lat: south }, z)];
    for (let x = from.x; x <= to.x; x++) {
      for (let y = from.y; y <= to.y; y++) {
        const present: Record<string, GeoJSONVTTile> = {};
        for (const [name, index] of indexes) {
          const tile = index.getTile(z, x, y);
          if (tile && tile.features.length > 0) present[name] = tile;
        }
        if (Object.keys(present).length === 0) continue;
        tiles.push({ z, x, y, data: gzipSync(fromGeojsonVt(present, { version: 2, extent: TILE_EXTENT }), { level: 9 }) });
      }
    }
  }
  return tiles; // already in z, x, y order
}
