import { VectorTile } from '@mapbox/vector-tile';
import type { FeatureCollection } from 'geojson';
import { gunzipSync } from 'node:zlib';
import { PbfReader } from 'pbf';
import { describe, expect, it } from 'vitest';
import { tileAt } from '../../src/shared/geo/web-mercator.ts';
import { encodeVectorTiles } from './vector-tiles.ts';

const decode = (data: Uint8Array) => new VectorTile(new PbfReader(gunzipSync(data)));

/** A point in Plaza San Martín and a line from it eastwards. */
const LAYERS: Record<string, FeatureCollection> = {
  spots: {
    type: 'FeatureCollection',
    features: [{ type: 'Feature', properties: { name: 'a' }, geometry: { type: 'Point', coordinates: [-64.1833, -31.4167] } }],
  },
  ways: {
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        properties: { class: 'primary' },
        geometry: {
          type: 'LineString',
          coordinates: [
            [-64.1833, -31.4167],
            [-64.1, -31.4167],
          ],
        },
      },
    ],
  },
};

describe('encodeVectorTiles', () => {
  const range = { bounds: [-64.2, -31.43, -64.1, -31.4] as const, minzoom: 10, maxzoom: 14 };
  const tiles = encodeVectorTiles(LAYERS, range);

  it('makes gzipped tiles in z, x, y order, only where some layer has a feature', () => {
    expect(tiles.map(({ z, x, y }) => [z, x, y])).toEqual(
      tiles.map(({ z, x, y }) => [z, x, y]).sort((a, b) => a[0]! - b[0]! || a[1]! - b[1]! || a[2]! - b[2]!),
    );
    expect(new Set(tiles.map((t) => t.z))).toEqual(new Set([10, 11, 12, 13, 14]));
    for (const tile of tiles) {
      expect([tile.data[0], tile.data[1]]).toEqual([0x1f, 0x8b]); // the gzip magic number
      expect(Object.keys(decode(tile.data).layers).length).toBeGreaterThan(0);
    }
    // At z14 the bounds span several rows, but the line and the point lie on one.
    const rows = new Set(tiles.filter((t) => t.z === 14).map((t) => t.y));
    expect(rows).toEqual(new Set([tileAt({ lng: -64.1833, lat: -31.4167 }, 14).y]));
  });

  it('keeps layer names, properties and positions', () => {
    const at = tileAt({ lng: -64.1833, lat: -31.4167 }, 14);
    const tile = tiles.find((t) => t.z === 14 && t.x === at.x && t.y === at.y)!;
    const { layers } = decode(tile.data);
    expect(Object.keys(layers).sort()).toEqual(['spots', 'ways']);
    const spot = layers.spots!.feature(0).toGeoJSON(at.x, at.y, 14);
    expect(spot.properties).toEqual({ name: 'a' });
    const [lng, lat] = spot.geometry.type === 'Point' ? spot.geometry.coordinates : [];
    expect(lng).toBeCloseTo(-64.1833, 4);
    expect(lat).toBeCloseTo(-31.4167, 4);
    expect(layers.ways!.feature(0).properties).toEqual({ class: 'primary' });
  });

  it('gives the same bytes for the same layers', () => {
    expect(encodeVectorTiles(LAYERS, range)).toEqual(tiles);
  });
});
