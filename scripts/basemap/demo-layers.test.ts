import type { Feature, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { BARRIOS } from '../../src/shared/geo/barrios.ts';
import { project } from '../../src/shared/geo/projection.ts';
import { buildBasemap } from '../build-basemap.ts';
import { demoLayers, VECTOR_LAYER_FIELDS } from './demo-layers.ts';

const basemap = buildBasemap();
const layers = demoLayers(basemap);
const source = (kind: string) => basemap.features.filter((f) => f.properties.kind === kind);
const coordinates = (f: Feature) => (f.geometry.type === 'GeometryCollection' ? [] : f.geometry.coordinates);
const ground = ([lng, lat]: Position) => project({ lat: lat!, lng: lng! });

describe('the demo layers (OpenMapTiles schema plus barrios)', () => {
  it('are the six layers, each feature with exactly the fields its vector_layers entry lists', () => {
    expect(Object.keys(layers).sort()).toEqual(['barrios', 'boundary', 'park', 'place', 'transportation', 'transportation_name']);
    for (const [name, collection] of Object.entries(layers)) {
      const fields = Object.keys(VECTOR_LAYER_FIELDS[name as keyof typeof layers]).sort();
      for (const f of collection.features) expect(Object.keys(f.properties ?? {}).sort(), name).toEqual(fields);
    }
  });

  it('draw the municipal square as an admin_level 8 boundary line', () => {
    const [limits] = source('city_limits');
    expect(layers.boundary.features).toEqual([
      { type: 'Feature', properties: { admin_level: 8 }, geometry: { type: 'LineString', coordinates: limits!.geometry.coordinates[0] } },
    ]);
  });

  it('make the Circunvalación a motorway and the other avenues primary, with their names and geometry', () => {
    const avenues = source('avenue');
    const named = layers.transportation_name.features.map((f) => f.properties);
    expect(named.map((p) => p?.name)).toEqual(avenues.map((f) => f.properties.name));
    expect(named.filter((p) => p?.class === 'motorway')).toEqual([
      { name: 'Av. de Circunvalación', 'name:es': 'Av. de Circunvalación', class: 'motorway' },
    ]);
    expect(named.every((p) => p?.['name:es'] === p?.name && (p?.class === 'motorway' || p?.class === 'primary'))).toBe(true);
    for (const layer of [layers.transportation, layers.transportation_name]) {
      expect(layer.features.map(coordinates)).toEqual(avenues.map((f) => f.geometry.coordinates));
    }
    expect(layers.transportation.features.map((f) => f.properties?.class)).toEqual(named.map((p) => p?.class));
  });

  it('place the city at Plaza San Martín and each barrio at its label point', () => {
    const [city, ...barrios] = layers.place.features;
    expect(city).toMatchObject({ properties: { class: 'city', name: 'Córdoba' }, geometry: { coordinates: [-64.1833, -31.4167] } });
    expect(barrios.map((f) => f.properties?.name)).toEqual(BARRIOS.map((b) => b.name));
    expect(barrios.every((f) => f.properties?.class === 'neighbourhood')).toBe(true);
    expect(barrios.map(coordinates)).toEqual(source('barrio').map((f) => (f.properties as { label: unknown }).label));
  });

  it('give each barrio its area, as in cordoba-basemap.json', () => {
    expect(layers.barrios.features.map((f) => [f.properties?.name, coordinates(f)])).toEqual(
      source('barrio').map((f) => [f.properties.name, f.geometry.coordinates]),
    );
  });

  it('make Plaza San Martín a park about 110 m square around its landmark', () => {
    const [park] = layers.park.features;
    expect(park?.properties).toEqual({ class: 'park', name: 'Plaza San Martín' });
    const ring = (coordinates(park!) as Position[][])[0]!.map(ground);
    expect(ring).toHaveLength(5);
    expect(ring.at(-1)).toEqual(ring[0]);
    const [xs, ys] = [ring.map((p) => p.x), ring.map((p) => p.y)];
    expect(Math.max(...xs) - Math.min(...xs)).toBeCloseTo(110, -1);
    expect(Math.max(...ys) - Math.min(...ys)).toBeCloseTo(110, -1);
    expect(Math.abs(Math.max(...xs) + Math.min(...xs))).toBeLessThan(3); // centred on the landmark, the map's origin
    expect(Math.abs(Math.max(...ys) + Math.min(...ys))).toBeLessThan(3);
  });
});
