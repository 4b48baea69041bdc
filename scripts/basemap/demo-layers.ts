// The demo tileset's layers, made from the same in-memory basemap that cordoba-basemap.json is written from. The
// Despacho map's style is written against the OpenMapTiles schema (what planetiler and tilemaker make from an
// OpenStreetMap extract), so the demo speaks it too: a city's own MBTiles file and the demo draw with one style.
// `barrios` is the one layer OpenMapTiles has not: the municipality's barrio areas.
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { project, unproject } from '../../src/shared/geo/projection.ts';
import type { Basemap, BasemapFeature, Position } from '../../src/shared/geo/basemap.ts';

export type LayerName = 'boundary' | 'transportation' | 'transportation_name' | 'place' | 'park' | 'barrios';
export type DemoLayers = Readonly<Record<LayerName, FeatureCollection>>;

type FieldType = 'String' | 'Number';

/** MBTiles 1.3 `vector_layers`: each layer's attributes and zooms, in the metadata's `json` row. */
export const VECTOR_LAYER_FIELDS: Readonly<Record<LayerName, Readonly<Record<string, FieldType>>>> = {
  boundary: { admin_level: 'Number' },
  transportation: { class: 'String' },
  transportation_name: { name: 'String', 'name:es': 'String', class: 'String' },
  place: { class: 'String', name: 'String', 'name:es': 'String' },
  park: { class: 'String', name: 'String' },
  barrios: { name: 'String' },
};

/** Half the side of Plaza San Martín's square (the plaza is one block, about 110 m). */
const PLAZA_HALF_SIDE_M = 55;

const round = (value: number) => Math.round(value * 1e5) / 1e5;
const mutable = (positions: readonly Position[]) => positions.map(([lng, lat]) => [lng, lat]);

function feature(properties: Record<string, string | number>, geometry: Geometry): Feature {
  return { type: 'Feature', properties, geometry };
}
const collection = (features: Feature[]): FeatureCollection => ({ type: 'FeatureCollection', features });
const point = (coordinates: Position): Geometry => ({ type: 'Point', coordinates: [...coordinates] });

type Area = Extract<BasemapFeature, { geometry: { type: 'Polygon' } }>;
type Line = Extract<BasemapFeature, { geometry: { type: 'LineString' } }>;
type Spot = Extract<BasemapFeature, { geometry: { type: 'Point' } }>;

/** A square around `centre`, counter-clockwise, closed, coordinates rounded like the basemap's. */
function squareAround([lng, lat]: Position, half: number): number[][] {
  const { x, y } = project({ lat, lng });
  const corners = [
    [-half, half],
    [half, half],
    [half, -half],
    [-half, -half],
  ].map(([dx, dy]) => unproject({ x: x + dx!, y: y + dy! }));
  const ring = corners.map((p) => [round(p.lng), round(p.lat)]);
  return [...ring, ring[0]!];
}

/**
 * The basemap as OpenMapTiles layers. The Circunvalación is the one avenue whose line closes on itself (a ring
 * road): it is `motorway`, the other avenues `primary`.
 */
export function demoLayers(basemap: Basemap): DemoLayers {
  const areas = (kind: Area['properties']['kind']) => basemap.features.filter((f): f is Area => f.properties.kind === kind);
  const [limits] = areas('city_limits');
  const barrios = areas('barrio');
  const landmark = basemap.features.find((f): f is Spot => f.properties.kind === 'landmark');
  if (!limits || !landmark) throw new Error('the basemap has no city limits or no landmark');
  const roads = basemap.features
    .filter((f): f is Line => f.properties.kind === 'avenue')
    .map(({ properties: { name }, geometry: { coordinates } }) => {
      const [first, last] = [coordinates[0], coordinates.at(-1)];
      const closes = first !== undefined && last !== undefined && first[0] === last[0] && first[1] === last[1];
      const line: Geometry = { type: 'LineString', coordinates: mutable(coordinates) };
      return { name, roadClass: closes ? 'motorway' : 'primary', line };
    });

  return {
    boundary: collection([feature({ admin_level: 8 }, { type: 'LineString', coordinates: mutable(limits.geometry.coordinates[0]!) })]),
    transportation: collection(roads.map((r) => feature({ class: r.roadClass }, r.line))),
    transportation_name: collection(roads.map((r) => feature({ name: r.name, 'name:es': r.name, class: r.roadClass }, r.line))),
    place: collection([
      feature({ class: 'city', name: limits.properties.name, 'name:es': limits.properties.name }, point(limits.properties.label)),
      ...barrios.map(({ properties: { name, label } }) => feature({ class: 'neighbourhood', name, 'name:es': name }, point(label))),
    ]),
    park: collection([
      feature(
        { class: 'park', name: landmark.properties.name },
        { type: 'Polygon', coordinates: [squareAround(landmark.geometry.coordinates, PLAZA_HALF_SIDE_M)] },
      ),
    ]),
    barrios: collection(
      barrios.map(({ properties: { name }, geometry }) =>
        feature({ name }, { type: 'Polygon', coordinates: geometry.coordinates.map(mutable) }),
      ),
    ),
  };
}
