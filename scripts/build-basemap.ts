// `npm run basemap`: writes resources/geo/cordoba-basemap.json, the offline basemap of the Despacho map, from the
// project's own geography (resources/geo/barrios.json), and the same geography as vector tiles in
// resources/basemap/cordoba-demo.mbtiles (scripts/basemap/demo-mbtiles.ts), the demo tileset of the MapLibre map;
// the JSON stays for the SVG fallback map. Deterministic: the same input gives the same JSON bytes and the same
// tiles, and scripts/build-basemap.test.ts fails when a committed file is not what this script makes.
//
// What it draws (GeoJSON, [lng, lat], coordinates rounded to 1e-5° ≈ 1 m):
// - city limits: the municipal square, 24 km × 24 km centred on Plaza San Martín;
// - one approximate area per barrio: the barrio's Voronoi cell among the barrio centroids (every point nearer its
//   centroid than any other), cut to a 12-sided disc of BARRIO_RADIUS_M around it and to the city square. Only
//   the centroids are known, so these are "where the barrio roughly is", not its legal boundary;
// - a few main avenues as schematic lines (hand-placed below, approximate) and the Circunvalación ring as a
//   circle: enough to find one's way, not to navigate by.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { BARRIOS } from '../src/shared/geo/barrios.ts';
import type { Basemap, BasemapFeature, Position } from '../src/shared/geo/basemap.ts';
import { MAP_ORIGIN, project, unproject, type Point } from '../src/shared/geo/projection.ts';
import { DEMO_TILES_FILE, writeDemoMbtiles } from './basemap/demo-mbtiles.ts';

export const BASEMAP_FILE = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'resources', 'geo', 'cordoba-basemap.json');

/** Half the side of the municipal square. */
const CITY_HALF_SIDE_M = 12_000;
const BARRIO_RADIUS_M = 1_100;
const DISC_SIDES = 12;
const RING_RADIUS_M = 7_600;
const RING_SIDES = 48;

/** Main avenues, approximate, from the centre outwards: [lat, lng] waypoints. */
const AVENUES: readonly { readonly name: string; readonly points: readonly (readonly [number, number])[] }[] = [
  {
    name: 'Av. Colón',
    points: [
      [-31.4133, -64.184],
      [-31.4105, -64.2],
      [-31.4075, -64.215],
      [-31.405, -64.23],
    ],
  },
  {
    name: 'Av. Vélez Sarsfield',
    points: [
      [-31.418, -64.187],
      [-31.43, -64.189],
      [-31.445, -64.192],
      [-31.465, -64.197],
    ],
  },
  {
    name: 'Av. Juan B. Justo',
    points: [
      [-31.405, -64.18],
      [-31.385, -64.17],
      [-31.36, -64.15],
    ],
  },
  {
    name: 'Av. Sabattini',
    points: [
      [-31.423, -64.17],
      [-31.435, -64.135],
      [-31.445, -64.11],
    ],
  },
  {
    name: 'Av. Fuerza Aérea',
    points: [
      [-31.42, -64.22],
      [-31.428, -64.255],
      [-31.433, -64.28],
    ],
  },
  {
    name: 'Av. Monseñor Pablo Cabrera',
    points: [
      [-31.395, -64.195],
      [-31.37, -64.2],
      [-31.345, -64.205],
    ],
  },
  {
    name: 'Av. Rafael Núñez',
    points: [
      [-31.378, -64.215],
      [-31.369, -64.23],
      [-31.359, -64.245],
    ],
  },
];

const round = (value: number) => Math.round(value * 1e5) / 1e5;
const toPosition = (p: Point): Position => {
  const { lat, lng } = unproject(p);
  return [round(lng), round(lat)];
};
const closed = (ring: Position[]): Position[] => [...ring, ring[0]!];

/** A regular polygon around `centre`, counter-clockwise on the ground (y grows southwards, hence the minus). */
function disc(centre: Point, radius: number, sides: number): Point[] {
  return Array.from({ length: sides }, (_, k) => {
    const angle = (2 * Math.PI * k) / sides;
    return { x: centre.x + radius * Math.cos(angle), y: centre.y - radius * Math.sin(angle) };
  });
}

/** Sutherland–Hodgman: the part of a convex polygon where `inside(p) ≤ 0` (`inside` is affine in p). */
function clip(polygon: Point[], inside: (p: Point) => number): Point[] {
  const out: Point[] = [];
  polygon.forEach((current, i) => {
    const previous = polygon[(i + polygon.length - 1) % polygon.length]!;
    const [a, b] = [inside(previous), inside(current)];
    if (a <= 0 !== b <= 0) {
      const t = a / (a - b);
      out.push({ x: previous.x + t * (current.x - previous.x), y: previous.y + t * (current.y - previous.y) });
    }
    if (b <= 0) out.push(current);
  });
  return out;
}

function barrioArea(index: number, centres: readonly Point[]): Point[] {
  const centre = centres[index]!;
  let area = disc(centre, BARRIO_RADIUS_M, DISC_SIDES);
  centres.forEach((other, j) => {
    if (j === index) return;
    // Nearer `other` than `centre`: (p − midpoint) · (other − centre) > 0.
    const [mx, my] = [(centre.x + other.x) / 2, (centre.y + other.y) / 2];
    area = clip(area, (p) => (p.x - mx) * (other.x - centre.x) + (p.y - my) * (other.y - centre.y));
  });
  for (const [axis, sign] of [
    ['x', 1],
    ['x', -1],
    ['y', 1],
    ['y', -1],
  ] as const) {
    area = clip(area, (p) => sign * p[axis] - CITY_HALF_SIDE_M);
  }
  return area;
}

export function buildBasemap(): Basemap {
  const h = CITY_HALF_SIDE_M;
  const square = [
    { x: -h, y: h },
    { x: h, y: h },
    { x: h, y: -h },
    { x: -h, y: -h },
  ]; // SW, SE, NE, NW
  const origin: Position = [MAP_ORIGIN.lng, MAP_ORIGIN.lat];
  const centres = BARRIOS.map(project);

  const features: BasemapFeature[] = [
    {
      type: 'Feature',
      properties: { kind: 'city_limits', name: 'Córdoba', label: origin },
      geometry: { type: 'Polygon', coordinates: [closed(square.map(toPosition))] },
    },
    ...BARRIOS.map((barrio, i): BasemapFeature => ({
      type: 'Feature',
      properties: { kind: 'barrio', name: barrio.name, label: [round(barrio.lng), round(barrio.lat)] },
      geometry: { type: 'Polygon', coordinates: [closed(barrioArea(i, centres).map(toPosition))] },
    })),
    {
      type: 'Feature',
      properties: { kind: 'avenue', name: 'Av. de Circunvalación' },
      geometry: { type: 'LineString', coordinates: closed(disc({ x: 0, y: 0 }, RING_RADIUS_M, RING_SIDES).map(toPosition)) },
    },
    ...AVENUES.map(({ name, points }): BasemapFeature => ({
      type: 'Feature',
      properties: { kind: 'avenue', name },
      geometry: { type: 'LineString', coordinates: points.map(([lat, lng]) => [round(lng), round(lat)] as const) },
    })),
    {
      type: 'Feature',
      properties: { kind: 'landmark', name: 'Plaza San Martín' },
      geometry: { type: 'Point', coordinates: origin },
    },
  ];
  return {
    type: 'FeatureCollection',
    source:
      'scripts/build-basemap.ts from resources/geo/barrios.json — approximate: barrio areas are cut around their centroids, avenues are schematic',
    features,
  };
}

/** The file's exact text: two-space JSON with each [lng, lat] pair on one line. */
export function basemapJson(): string {
  const text = JSON.stringify(buildBasemap(), null, 2).replace(/\[\s+(-?[\d.]+),\s+(-?[\d.]+)\s+\]/g, '[$1, $2]');
  return `${text}\n`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  fs.writeFileSync(BASEMAP_FILE, basemapJson());
  process.stdout.write(`wrote ${path.relative(process.cwd(), BASEMAP_FILE)}\n`);
  const tiles = writeDemoMbtiles(DEMO_TILES_FILE, buildBasemap());
  process.stdout.write(`wrote ${path.relative(process.cwd(), DEMO_TILES_FILE)} (${tiles} tiles)\n`);
}
