import { describe, expect, it } from 'vitest';
import { bearingDeg, destination, distanceM, type LatLng } from './geodesy.ts';

const PLAZA: LatLng = { lat: -31.4167, lng: -64.1833 };
/** Smallest angle between two bearings: 359.9° and 0° are 0.1° apart. */
const angleBetween = (a: number, b: number) => Math.min(Math.abs(a - b), 360 - Math.abs(a - b));

describe('geodesy', () => {
  it.each<[string, LatLng, LatLng, number]>([
    ['same point', PLAZA, PLAZA, 0],
    ['one minute of latitude ≈ 1 nautical mile', { lat: 0, lng: 0 }, { lat: 1 / 60, lng: 0 }, 1853],
    ['Plaza San Martín → Nueva Córdoba', PLAZA, { lat: -31.429, lng: -64.1868 }, 1405],
    ['Centro → Villa Retiro', { lat: -31.4178, lng: -64.1806 }, { lat: -31.3407, lng: -64.1423 }, 9310],
  ])('distance: %s', (_, a, b, metres) => {
    expect(distanceM(a, b)).toBeCloseTo(metres, -1);
  });

  it.each<[string, LatLng, number]>([
    ['north', { lat: -31.4, lng: -64.1833 }, 0],
    ['east', { lat: -31.4167, lng: -64.17 }, 90],
    ['south', { lat: -31.43, lng: -64.1833 }, 180],
    ['west', { lat: -31.4167, lng: -64.2 }, 270],
  ])('bearing due %s', (_, to, expected) => {
    expect(angleBetween(bearingDeg(PLAZA, to), expected)).toBeLessThan(0.01);
  });

  it.each([0, 45, 133, 270, 359])('destination at bearing %d and 2 km round-trips', (bearing) => {
    const to = destination(PLAZA, bearing, 2000);
    expect(distanceM(PLAZA, to)).toBeCloseTo(2000, 3);
    expect(angleBetween(bearingDeg(PLAZA, to), bearing)).toBeLessThan(1e-6);
  });
});
