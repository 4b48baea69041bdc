// The demo tileset, resources/basemap/cordoba-demo.mbtiles: the basemap's geography as vector tiles, z 8–14 over
// the municipal square, in the same MBTiles 1.3 form as a city's own file, so that the console serves and draws
// both the same way. Written by `npm run basemap` with cordoba-basemap.json; scripts/build-basemap.test.ts fails
// when the committed file is stale.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeMbtiles } from '../../src/core/basemap/mbtiles-writer.ts';
import type { Basemap } from '../../src/shared/geo/basemap.ts';
import { demoLayers, VECTOR_LAYER_FIELDS } from './demo-layers.ts';
import { encodeVectorTiles, type TileRange } from './vector-tiles.ts';

export const DEMO_TILES_FILE = fileURLToPath(new URL('../../resources/basemap/cordoba-demo.mbtiles', import.meta.url));

const MINZOOM = 8;
/** MapLibre over-zooms beyond the last zoom of a source, so z14 is detail enough for a city (as in OpenMapTiles). */
const MAXZOOM = 14;
const INITIAL_ZOOM = 12;

const degrees = (value: number) => value.toFixed(5);

function tileRange(basemap: Basemap): TileRange {
  const limits = basemap.features.find((f) => f.properties.kind === 'city_limits');
  if (limits?.geometry.type !== 'Polygon') throw new Error('the basemap has no city limits');
  const ring = limits.geometry.coordinates[0]!;
  const [lngs, lats] = [ring.map(([lng]) => lng), ring.map(([, lat]) => lat)];
  return { bounds: [Math.min(...lngs), Math.min(...lats), Math.max(...lngs), Math.max(...lats)], minzoom: MINZOOM, maxzoom: MAXZOOM };
}

/** The metadata table's rows (MBTiles 1.3; `json` lists the vector layers and their attributes). */
export function demoMetadata(basemap: Basemap): Record<string, string> {
  const landmark = basemap.features.find((f) => f.properties.kind === 'landmark');
  if (landmark?.geometry.type !== 'Point') throw new Error('the basemap has no landmark');
  const [lng, lat] = landmark.geometry.coordinates;
  const { bounds } = tileRange(basemap);
  const vectorLayers = Object.entries(VECTOR_LAYER_FIELDS).map(([id, fields]) => ({ id, fields, minzoom: MINZOOM, maxzoom: MAXZOOM }));
  return {
    name: 'Córdoba — mapa de demostración',
    format: 'pbf',
    type: 'baselayer',
    version: '1',
    description:
      'Geografía aproximada de Córdoba hecha por npm run basemap: el ejido municipal, áreas aproximadas de los barrios, ' +
      'avenidas esquemáticas, la Circunvalación y la Plaza San Martín. Sirve para orientarse, no para navegar.',
    attribution: 'Mapa de demostración: geografía aproximada del proyecto',
    minzoom: String(MINZOOM),
    maxzoom: String(MAXZOOM),
    bounds: bounds.map(degrees).join(','),
    center: `${degrees(lng)},${degrees(lat)},${INITIAL_ZOOM}`,
    json: JSON.stringify({ vector_layers: vectorLayers }),
  };
}

/** Writes the demo tileset to `file` (replacing it); returns how many tiles it holds. */
export function writeDemoMbtiles(file: string, basemap: Basemap): number {
  const tiles = encodeVectorTiles(demoLayers(basemap), tileRange(basemap));
  fs.mkdirSync(path.dirname(file), { recursive: true });
  writeMbtiles(file, demoMetadata(basemap), tiles);
  return tiles.length;
}
