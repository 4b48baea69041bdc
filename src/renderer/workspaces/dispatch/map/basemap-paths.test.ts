import { describe, expect, it } from 'vitest';
import { BARRIOS } from '../../../../shared/geo/barrios.ts';
import type { Basemap } from '../../../../shared/geo/basemap.ts';
import { basemapPaths, pathData } from './basemap-paths.ts';

describe('basemap paths', () => {
  it('writes SVG path data to a tenth of a metre', () => {
    expect(
      pathData(
        [
          { x: 0, y: 0 },
          { x: 10.04, y: -3.26 },
          { x: 5, y: 5 },
        ],
        true,
      ),
    ).toBe('M0 0L10 -3.3L5 5Z');
    expect(
      pathData(
        [
          { x: 1, y: 2 },
          { x: 3, y: 4 },
        ],
        false,
      ),
    ).toBe('M1 2L3 4');
    expect(pathData([], false)).toBe('');
  });

  it('projects the bundled basemap: the city square, every barrio with its label, avenues, the plaza', () => {
    const paths = basemapPaths();
    expect(paths.limits).toHaveLength(1);
    const corners = paths.limits[0]!.d.match(/-?[\d.]+/g)!.map(Number); // SW, SE, NE, NW (coordinates rounded to ~1 m)
    [-12_000, 12_000, 12_000, 12_000, 12_000, -12_000, -12_000, -12_000].forEach((c, i) =>
      expect(Math.abs(corners[i]! - c)).toBeLessThan(2),
    );
    expect(paths.barrios.map((b) => b.name)).toEqual(BARRIOS.map((b) => b.name));
    expect(paths.barrios.every((b) => /^M[^Z]+Z$/.test(b.d))).toBe(true);
    expect(paths.avenues.length).toBeGreaterThanOrEqual(5);
    expect(paths.avenues.find((a) => a.name.includes('Circunvalación'))?.d).toMatch(/Z$/); // the ring closes
    expect(paths.avenues.find((a) => a.name === 'Av. Colón')?.d).toMatch(/^M[^Z]+$/);
    expect(paths.landmarks).toEqual([{ name: 'Plaza San Martín', at: { x: 0, y: 0 } }]);
    expect(paths.barrioPoints).toHaveLength(BARRIOS.length);
  });

  it('ignores nothing it knows and draws what it is given', () => {
    const tiny: Basemap = {
      type: 'FeatureCollection',
      source: 'test',
      features: [
        {
          type: 'Feature',
          properties: { kind: 'avenue', name: 'A' },
          geometry: {
            type: 'LineString',
            coordinates: [
              [-64.1833, -31.4167],
              [-64.1833, -31.4167],
            ],
          },
        },
      ],
    };
    expect(basemapPaths(tiny)).toMatchObject({ limits: [], barrios: [], avenues: [{ name: 'A', d: 'M0 0L0 0' }], landmarks: [] });
  });
});
