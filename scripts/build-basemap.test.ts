import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BARRIOS } from '../src/shared/geo/barrios.ts';
import { BASEMAP, type Position } from '../src/shared/geo/basemap.ts';
import { project } from '../src/shared/geo/projection.ts';
import { DEMO_TILES_FILE, writeDemoMbtiles } from './basemap/demo-mbtiles.ts';
import { readMbtilesContent, type MbtilesContent } from './basemap/mbtiles-content.ts';
import { basemapJson, BASEMAP_FILE, buildBasemap } from './build-basemap.ts';

const toPoint = ([lng, lat]: Position) => project({ lat, lng });

/** Even–odd ray casting in the projected plane. */
function contains(ring: readonly Position[], at: Position): boolean {
  const p = toPoint(at);
  const points = ring.map(toPoint);
  let inside = false;
  for (let i = 0, j = points.length - 1; i < points.length; j = i++) {
    const [a, b] = [points[i]!, points[j]!];
    if (a.y > p.y !== b.y > p.y && p.x < ((b.x - a.x) * (p.y - a.y)) / (b.y - a.y) + a.x) inside = !inside;
  }
  return inside;
}

/** Signed area on the ground: positive = counter-clockwise (GeoJSON's exterior ring order). */
function groundArea(ring: readonly Position[]): number {
  const points = ring.map(toPoint).map(({ x, y }) => ({ x, y: -y })); // north up
  return points.slice(1).reduce((sum, b, i) => sum + (points[i]!.x * b.y - b.x * points[i]!.y) / 2, 0);
}

describe('the offline basemap', () => {
  it('is exactly what scripts/build-basemap.ts makes (run `npm run basemap` after changing barrios.json)', () => {
    expect(fs.readFileSync(BASEMAP_FILE, 'utf8')).toBe(basemapJson());
    expect(BASEMAP).toEqual(JSON.parse(basemapJson()));
    expect(basemapJson()).toBe(basemapJson()); // deterministic
  });

  it('has the 24 km municipal square around Plaza San Martín', () => {
    const limits = buildBasemap().features.find((f) => f.properties.kind === 'city_limits');
    expect(limits?.geometry.type).toBe('Polygon');
    const ring = limits!.geometry.coordinates[0] as readonly Position[];
    const xs = ring.map((p) => toPoint(p).x);
    const ys = ring.map((p) => toPoint(p).y);
    expect(Math.max(...xs) - Math.min(...xs)).toBeCloseTo(24_000, -1);
    expect(Math.max(...ys) - Math.min(...ys)).toBeCloseTo(24_000, -1);
    expect(Math.abs(Math.max(...xs) + Math.min(...xs))).toBeLessThan(5); // centred on the plaza
  });

  it('has one closed, counter-clockwise area per barrio, holding its label point, inside the city', () => {
    const features = buildBasemap().features;
    const limits = features.find((f) => f.properties.kind === 'city_limits')!.geometry.coordinates[0] as readonly Position[];
    const barrios = features.filter((f) => f.properties.kind === 'barrio');
    expect(barrios.map((f) => f.properties.name)).toEqual(BARRIOS.map((b) => b.name));
    for (const feature of barrios) {
      if (feature.geometry.type !== 'Polygon' || !('label' in feature.properties)) throw new Error('not a barrio polygon');
      const ring = feature.geometry.coordinates[0]!;
      expect(ring.length).toBeGreaterThanOrEqual(4);
      expect(ring.at(-1)).toEqual(ring[0]);
      expect(groundArea(ring)).toBeGreaterThan(0);
      expect(contains(ring, feature.properties.label)).toBe(true);
      expect(ring.every((p) => contains(limits, p))).toBe(true);
    }
  });

  it('has a few main avenues as lines and Plaza San Martín as a point', () => {
    const features = buildBasemap().features;
    const avenues = features.filter((f) => f.properties.kind === 'avenue');
    expect(avenues.length).toBeGreaterThanOrEqual(5);
    expect(avenues.every((f) => f.geometry.type === 'LineString' && f.geometry.coordinates.length >= 2)).toBe(true);
    expect(features.find((f) => f.properties.kind === 'landmark')).toMatchObject({
      geometry: { type: 'Point', coordinates: [-64.1833, -31.4167] },
    });
  });
});

describe('the demo tileset', () => {
  /** Compared by content: SQLite's page layout and zlib's bytes may differ between machines for the same tiles. */
  function expectSameContent(actual: MbtilesContent, expected: MbtilesContent) {
    expect(actual.metadata).toEqual(expected.metadata);
    expect([...actual.tiles.keys()]).toEqual([...expected.tiles.keys()]);
    for (const [address, data] of expected.tiles) expect(actual.tiles.get(address)?.equals(data), address).toBe(true);
  }

  it('is what scripts/build-basemap.ts makes, every time (run `npm run basemap` after changing the basemap)', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'demo-tiles-'));
    try {
      const [first, second] = ['first.mbtiles', 'second.mbtiles'].map((name) => {
        writeDemoMbtiles(path.join(dir, name), buildBasemap());
        return readMbtilesContent(path.join(dir, name));
      });
      expect(first!.tiles.size).toBeGreaterThan(0);
      expectSameContent(readMbtilesContent(DEMO_TILES_FILE), first!);
      expectSameContent(second!, first!);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('is small enough to keep in git', () => {
    expect(fs.statSync(DEMO_TILES_FILE).size).toBeLessThan(256 * 1024);
  });
});
