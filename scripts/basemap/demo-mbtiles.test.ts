import { VectorTile, type VectorTileLayer } from '@mapbox/vector-tile';
import type { Position } from 'geojson';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PbfReader } from 'pbf';
import { afterAll, describe, expect, it } from 'vitest';
import { project } from '../../src/shared/geo/projection.ts';
import { tileAt } from '../../src/shared/geo/web-mercator.ts';
import { buildBasemap } from '../build-basemap.ts';
import { demoLayers } from './demo-layers.ts';
import { writeDemoMbtiles } from './demo-mbtiles.ts';
import { readMbtilesContent } from './mbtiles-content.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'demo-mbtiles-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const file = path.join(dir, 'cordoba-demo.mbtiles');
const count = writeDemoMbtiles(file, buildBasemap());
const { metadata, tiles } = readMbtilesContent(file);

const PLAZA: Position = [-64.1833, -31.4167];

function tileHolding([lng, lat]: Position, z: number) {
  const { x, y } = tileAt({ lng: lng!, lat: lat! }, z);
  const data = tiles.get(`${z}/${x}/${y}`);
  if (!data) throw new Error(`no tile ${z}/${x}/${y}`);
  return { x, y, z, layers: new VectorTile(new PbfReader(data)).layers };
}

const features = (layer: VectorTileLayer | undefined) => Array.from({ length: layer?.length ?? 0 }, (_, i) => layer!.feature(i));

/** Metres between two positions on the ground. */
function distance(a: Position, b: Position): number {
  const [p, q] = [project({ lng: a[0]!, lat: a[1]! }), project({ lng: b[0]!, lat: b[1]! })];
  return Math.hypot(p.x - q.x, p.y - q.y);
}

describe('the demo tileset', () => {
  it('describes itself as MBTiles 1.3 asks: vector tiles z8–14 over the municipal square, centred on the plaza', () => {
    expect(metadata).toMatchObject({
      name: 'Córdoba — mapa de demostración',
      format: 'pbf',
      type: 'baselayer',
      version: '1',
      attribution: 'Mapa de demostración: geografía aproximada del proyecto',
      minzoom: '8',
      maxzoom: '14',
      bounds: '-64.30976,-31.52462,-64.05684,-31.30878',
      center: '-64.18330,-31.41670,12',
    });
    expect(metadata.description).toContain('npm run basemap');
    const { vector_layers } = JSON.parse(metadata.json!) as { vector_layers: { id: string; fields: object; minzoom: number }[] };
    expect(vector_layers.map((l) => l.id)).toEqual(['boundary', 'transportation', 'transportation_name', 'place', 'park', 'barrios']);
    expect(vector_layers.find((l) => l.id === 'barrios')).toEqual({ id: 'barrios', fields: { name: 'String' }, minzoom: 8, maxzoom: 14 });
  });

  it('has tiles from z8 to z14 and none empty', () => {
    expect(tiles.size).toBe(count);
    expect(new Set([...tiles.keys()].map((key) => Number(key.split('/')[0])))).toEqual(new Set([8, 9, 10, 11, 12, 13, 14]));
    for (const data of tiles.values()) expect(Object.keys(new VectorTile(new PbfReader(data)).layers).length).toBeGreaterThan(0);
  });

  it('draws Plaza San Martín’s surroundings at z14 where the basemap puts them: the city, Centro, avenues, the park', () => {
    const { x, y, z, layers } = tileHolding(PLAZA, 14);
    expect(Object.keys(layers)).toEqual(expect.arrayContaining(['place', 'transportation', 'barrios', 'park']));
    expect(features(layers.place).map((f) => f.properties)).toContainEqual({ class: 'city', name: 'Córdoba', 'name:es': 'Córdoba' });
    expect(features(layers.barrios).map((f) => f.properties.name)).toContain('Centro');
    expect(features(layers.transportation_name).map((f) => f.properties.name)).toContain('Av. Vélez Sarsfield');

    const park = features(layers.park)[0]!.toGeoJSON(x, y, z).geometry;
    const source = demoLayers(buildBasemap()).park.features[0]!.geometry;
    if (park.type !== 'Polygon' || source.type !== 'Polygon') throw new Error('the park is not a polygon');
    expect(park.coordinates[0]).toHaveLength(source.coordinates[0]!.length);
    park.coordinates[0]!.forEach((corner) => expect(Math.min(...source.coordinates[0]!.map((s) => distance(corner, s)))).toBeLessThan(20));
  });

  it('labels Centro at its centroid, in the z14 tile that holds it', () => {
    const CENTRO: Position = [-64.1806, -31.4178];
    const { x, y, z, layers } = tileHolding(CENTRO, 14);
    const centro = features(layers.place).find((f) => f.properties.name === 'Centro');
    expect(centro?.properties).toEqual({ class: 'neighbourhood', name: 'Centro', 'name:es': 'Centro' });
    const label = centro!.toGeoJSON(x, y, z).geometry;
    expect(label.type === 'Point' && distance(label.coordinates, CENTRO)).toBeLessThan(20);
  });

  it('has the Circunvalación as the one motorway', () => {
    const { layers } = tileHolding(PLAZA, 8);
    expect(features(layers.transportation).filter((f) => f.properties.class === 'motorway')).toHaveLength(1);
    const ring = features(layers.transportation_name).find((f) => f.properties.name === 'Av. de Circunvalación');
    expect(ring?.properties.class).toBe('motorway');
    expect(ring?.type).toBe(2); // LineString
  });
});
