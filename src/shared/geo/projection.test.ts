import { describe, expect, it } from 'vitest';
import { destination, distanceM } from '../live/geodesy.ts';
import { MAP_ORIGIN, project, unproject } from './projection.ts';

describe('the city projection', () => {
  it('puts Plaza San Martín at the origin', () => {
    expect(MAP_ORIGIN).toEqual({ lat: -31.4167, lng: -64.1833 });
    const { x, y } = project(MAP_ORIGIN);
    expect(x).toBeCloseTo(0, 9);
    expect(y).toBeCloseTo(0, 9);
  });

  it.each([
    ['east', 90, 1, 0],
    ['south', 180, 0, 1],
    ['west', 270, -1, 0],
    ['north', 0, 0, -1],
  ])('measures metres: 5 km %s of the plaza', (_, bearing, ex, ey) => {
    const { x, y } = project(destination(MAP_ORIGIN, bearing, 5_000));
    expect(x / 5_000).toBeCloseTo(ex, 2); // within 0.5 %: equirectangular at city scale
    expect(y / 5_000).toBeCloseTo(ey, 2);
  });

  it('keeps distances across the city within 0.2 % of the great-circle distance', () => {
    const a = { lat: -31.3407, lng: -64.1423 }; // Villa Retiro
    const b = { lat: -31.429, lng: -64.1868 }; // Nueva Córdoba
    const [pa, pb] = [project(a), project(b)];
    expect(Math.hypot(pa.x - pb.x, pa.y - pb.y) / distanceM(a, b)).toBeCloseTo(1, 2);
  });

  it('round-trips through unproject', () => {
    for (const point of [{ lat: -31.3, lng: -64.3 }, { lat: -31.52, lng: -64.06 }, MAP_ORIGIN]) {
      const back = unproject(project(point));
      expect(back.lat).toBeCloseTo(point.lat, 10);
      expect(back.lng).toBeCloseTo(point.lng, 10);
    }
  });
});
