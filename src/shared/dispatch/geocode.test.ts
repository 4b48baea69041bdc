import { describe, expect, it } from 'vitest';
import { BASEMAP, type Position } from '../geo/basemap.ts';
import { BARRIOS } from '../geo/barrios.ts';
import { project } from '../geo/projection.ts';
import type { LatLng } from '../live/geodesy.ts';
import { geocode, STREET_REACH_M } from './geocode.ts';

const barrio = (name: string) => BARRIOS.find((b) => b.name === name)!;
const centroid = (name: string) => ({ lat: barrio(name).lat, lng: barrio(name).lng });
const avenue = (name: string) => {
  const feature = BASEMAP.features.find((f) => f.properties.kind === 'avenue' && f.properties.name === name)!;
  return feature.geometry.coordinates as readonly Position[];
};
const at = ([lng, lat]: Position): LatLng => ({ lat, lng });
/** Flat city metres between two points (the geocoder's own measure). */
const metres = (a: LatLng, b: LatLng) => {
  const [p, q] = [project(a), project(b)];
  return Math.hypot(p.x - q.x, p.y - q.y);
};
/** How far `point` is from lying on some segment of `line` (0: on it). */
const offLine = (point: LatLng, line: readonly Position[]) =>
  Math.min(...line.slice(1).map((end, i) => metres(at(line[i]!), point) + metres(point, at(end)) - metres(at(line[i]!), at(end))));

describe('geocode', () => {
  it.each([['Barrio Inexistente'], [''], ['Centro Norte'], ['Córdoba']])('knows no barrio called %j', (name) => {
    expect(geocode(name, 'Av. Colón 1200')).toBeNull();
    expect(geocode(name, null)).toBeNull();
  });

  it.each([
    ['Nueva Córdoba', 'Nueva Córdoba'],
    ['nueva cordoba', 'Nueva Córdoba'],
    ['NUEVA CÓRDOBA', 'Nueva Córdoba'],
    ['General Pueyrredon', 'General Pueyrredón'],
    ['los paraisos', 'Los Paraísos'],
  ])('folds accents and case: %s is %s', (typed, name) => {
    expect(geocode(typed, null)).toEqual({ barrio: name, address: null, ...centroid(name), precision: 'barrio' });
  });

  it.each([
    ['no address', null, null],
    ['a blank address', '   ', null],
    ['a street the basemap does not draw', '  Chacabuco 500 ', 'Chacabuco 500'],
    ['a word that only contains an avenue name', 'Colonia 345', 'Colonia 345'],
  ])('gives the barrio centre for %s', (_, address, kept) => {
    expect(geocode('Centro', address)).toEqual({ barrio: 'Centro', address: kept, ...centroid('Centro'), precision: 'barrio' });
  });

  it.each([
    ['Providencia', 'Av. Colón 2300', 'Av. Colón'],
    ['Providencia', 'colon 2300', 'Av. Colón'],
    ['Providencia', 'COLÓN 2300, 3.º B', 'Av. Colón'],
    ['Alta Córdoba', 'Juan B. Justo 2000', 'Av. Juan B. Justo'],
    ['Alta Córdoba', 'juan b justo 2000', 'Av. Juan B. Justo'],
    ['Nueva Córdoba', 'Av. Vélez Sarsfield 500', 'Av. Vélez Sarsfield'],
    ['Nueva Córdoba', 'velez sarsfield 500', 'Av. Vélez Sarsfield'],
  ])('puts %s, "%s", on %s where it passes nearest the barrio', (name, address, avenueName) => {
    const place = geocode(name, address)!;
    expect(place).toMatchObject({ barrio: name, address, precision: 'street' });
    const line = avenue(avenueName);
    expect(offLine(place, line)).toBeLessThan(0.01);
    // The nearest point of the avenue to the barrio's centre: no vertex of it is nearer.
    const reach = metres(place, centroid(name));
    expect(reach).toBeLessThanOrEqual(STREET_REACH_M);
    for (const vertex of line) expect(reach).toBeLessThanOrEqual(metres(at(vertex), centroid(name)) + 0.01);
  });

  it('takes an avenue end when the barrio lies beyond it (Centro, east of where Av. Colón is drawn from)', () => {
    expect(geocode('Centro', 'Av. Colón 1200')).toEqual({
      barrio: 'Centro',
      address: 'Av. Colón 1200',
      ...at(avenue('Av. Colón')[0]!),
      precision: 'street',
    });
  });

  it.each([
    ['Centro', 'Av. Rafael Núñez 4000'],
    ['Centro', 'Av. Fuerza Aérea 2500'],
    ['Villa Cabrera', 'Av. de Circunvalación km 5'],
    ['Nueva Córdoba', 'Av. Juan B. Justo 5000'],
  ])('keeps the barrio centre for %s when the avenue named (%s) runs further than STREET_REACH_M from it', (name, address) => {
    expect(geocode(name, address)).toEqual({ barrio: name, address, ...centroid(name), precision: 'barrio' });
  });
});
