import { describe, expect, it } from 'vitest';
import { BARRIOS, type Barrio } from '../geo/barrios.ts';
import { nearestBarrio } from './nearest-barrio.ts';

describe('nearestBarrio over the Córdoba barrios', () => {
  it.each(BARRIOS.map((b) => [b.name, b] as const))('a unit at the centre of %s is in it', (name, b) => {
    expect(nearestBarrio(b.lat, b.lng)?.name).toBe(name);
  });

  it.each<[string, number, number, string]>([
    ['Plaza San Martín', -31.4167, -64.1833, 'Centro'],
    ['Buen Pastor (Nueva Córdoba)', -31.4245, -64.1862, 'Nueva Córdoba'],
    ['a little north-east of General Paz', -31.4125, -64.165, 'General Paz'],
    ['a little south of Alta Córdoba', -31.3925, -64.1835, 'Alta Córdoba'],
  ])('%s → %s', (_place, lat, lng, expected) => {
    expect(nearestBarrio(lat, lng)?.name).toBe(expected);
  });

  it('still names the nearest barrio for a position outside the city', () => {
    // Villa Carlos Paz, ~30 km west: the westernmost barrios win, whatever they are; never null.
    const found = nearestBarrio(-31.4241, -64.4978);
    expect(found).not.toBeNull();
    const westmost = Math.min(...BARRIOS.map((b) => b.lng));
    expect(found?.lng).toBeLessThan(westmost + 0.05);
  });

  it('is null for an invalid position', () => {
    expect(nearestBarrio(Number.NaN, -64.18)).toBeNull();
    expect(nearestBarrio(-31.4, Number.POSITIVE_INFINITY)).toBeNull();
  });
});

describe('nearestBarrio over a given list', () => {
  const north: Barrio = { name: 'Norte', lat: -31.391, lng: -64.2 };
  const east: Barrio = { name: 'Este', lat: -31.4, lng: -64.19 };

  it.each<[string, readonly Barrio[], number, number, string | null]>([
    ['an empty list', [], -31.4, -64.2, null],
    ['a single barrio, however far', [north], 10, 10, 'Norte'],
    // 0.009° of latitude (~1,000 m) against 0.010° of longitude (~950 m at this latitude): degrees alone
    // would pick the north one; metres pick the east one.
    ['longitude shrinks with latitude', [north, east], -31.4, -64.2, 'Este'],
  ])('%s', (_case, barrios, lat, lng, expected) => {
    expect(nearestBarrio(lat, lng, barrios)?.name ?? null).toBe(expected);
  });

  it('keeps the first of two equally near barrios', () => {
    const a: Barrio = { name: 'A', lat: -31.5, lng: -64.25 };
    const b: Barrio = { name: 'B', lat: -31.5, lng: -64.75 };
    expect(nearestBarrio(-31.5, -64.5, [a, b])?.name).toBe('A');
    expect(nearestBarrio(-31.5, -64.5, [b, a])?.name).toBe('B');
  });
});
