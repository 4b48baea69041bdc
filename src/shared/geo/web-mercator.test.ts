import { describe, expect, it } from 'vitest';
import { latLngToTile, MAX_MERCATOR_LAT, tileAt, tileToLatLng } from './web-mercator.ts';

describe('Web-Mercator tile numbers', () => {
  it('matches the OpenStreetMap wiki (slippy map tilenames)', () => {
    expect(latLngToTile({ lat: 0, lng: 0 }, 0)).toEqual({ x: 0.5, y: 0.5 });
    const world = latLngToTile({ lat: MAX_MERCATOR_LAT, lng: -180 }, 3);
    expect(world.x).toBe(0);
    expect(world.y).toBeCloseTo(0, 9);
    // Plaza San Martín, Córdoba: x = (180 − 64.1836) / 360 · 2^14, y by the inverse Gudermannian (asinh ∘ tan)
    const plaza = latLngToTile({ lat: -31.4167, lng: -64.1836 }, 14);
    expect(plaza.x).toBeCloseTo(((180 - 64.1836) / 360) * 16384, 9);
    expect(plaza.y).toBeCloseTo(((1 - Math.asinh(Math.tan((-31.4167 * Math.PI) / 180)) / Math.PI) / 2) * 16384, 6);
    expect([Math.floor(plaza.x), Math.floor(plaza.y)]).toEqual([5270, 9699]);
  });

  it.each([
    ['the north-west tile of zoom 1', { lat: 85, lng: -180 }, 1, { x: 0, y: 0 }],
    ['just south-east of null island', { lat: -1, lng: 1 }, 1, { x: 1, y: 1 }],
    ['the equator and the meridian: the tile that starts there', { lat: 0, lng: 0 }, 1, { x: 1, y: 1 }],
    ['Plaza San Martín at zoom 14', { lat: -31.4167, lng: -64.1833 }, 14, { x: 5270, y: 9699 }],
    ['the whole world at zoom 0', { lat: -31.4167, lng: -64.1833 }, 0, { x: 0, y: 0 }],
  ])('numbers the tile holding %s (XYZ: columns from the west, rows from the north)', (_, point, z, tile) => {
    expect(tileAt(point, z)).toEqual(tile);
  });

  it('goes back and forth', () => {
    for (const z of [0, 5, 12, 17, 19]) {
      for (const point of [
        { lat: -31.4167, lng: -64.1836 },
        { lat: 51.5, lng: -0.12 },
        { lat: -80, lng: 179.9 },
      ]) {
        const tile = latLngToTile(point, z);
        const back = tileToLatLng(tile.x, tile.y, z);
        expect(back.lat).toBeCloseTo(point.lat, 9);
        expect(back.lng).toBeCloseTo(point.lng, 9);
      }
    }
  });

  it('gives the corners of tiles', () => {
    expect(tileToLatLng(0, 0, 0)).toEqual({ lat: expect.closeTo(MAX_MERCATOR_LAT, 9) as number, lng: -180 });
    expect(tileToLatLng(1, 1, 1)).toEqual({ lat: 0, lng: 0 });
    expect(tileToLatLng(2, 2, 1).lat).toBeCloseTo(-MAX_MERCATOR_LAT, 9);
  });

  it('clamps latitudes beyond the square world', () => {
    expect(latLngToTile({ lat: 89.9, lng: 0 }, 2).y).toBeCloseTo(0, 9);
    expect(latLngToTile({ lat: -89.9, lng: 0 }, 2).y).toBeCloseTo(4, 9);
  });
});
