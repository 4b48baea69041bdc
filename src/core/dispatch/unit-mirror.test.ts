// The recommendation's units in memory stay what the cache holds: changes announced by 'units.changed' are taken
// from the event, and the cache is read again when every unit was replaced, the person changed or the cache did.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { UnitPosition } from '../../shared/live/units.ts';
import { unitAt } from '../../shared/records/test-support/dispatch.ts';
import { createCache, type Cache } from '../cache/cache.ts';
import { tempDir } from '../test-support/temp-dir.ts';
import { UnitMirror } from './unit-mirror.ts';

const AT = Date.UTC(2026, 11, 5, 15);
const at = (unitId: string, lat: number): UnitPosition => ({
  unitId,
  lat,
  lng: -64.18,
  accuracyM: 5,
  speedKmh: 0,
  heading: 0,
  deviceTime: AT,
  receivedAt: AT,
});

function cacheWith(...ids: string[]): Cache {
  const cache = createCache(path.join(tempDir(), 'cache.sqlite3'));
  cache.units.upsertUnits(ids.map((id) => unitAt(id)));
  cache.units.upsertPositions(ids.map((id) => at(id, -31.4)));
  return cache;
}

const latitudes = (mirror: UnitMirror, cache: Cache) => Object.fromEntries(mirror.units(cache).map((row) => [row[0], row[6]]));

describe('UnitMirror', () => {
  it('reads the cache once, then follows units.changed without reading it again', () => {
    const cache = cacheWith('movil-01', 'movil-02');
    const mirror = new UnitMirror();
    expect(latitudes(mirror, cache)).toEqual({ 'movil-01': -31.4, 'movil-02': -31.4 });
    cache.units.upsertPositions([at('movil-01', -31.5)]); // written, announced below with its row
    cache.units.upsertPositions([at('movil-02', -31.6)]); // written, not announced: the mirror must not have read it
    mirror.observe('units.changed', { units: cache.units.rows(['movil-01']) });
    expect(latitudes(mirror, cache)).toEqual({ 'movil-01': -31.5, 'movil-02': -31.4 });
  });

  it.each([
    ['every unit replaced', { event: 'records.changed', payload: { entity: 'unit', ids: null, source: 'reset' } }],
    ['another person signed in', { event: 'session.changed', payload: {} }],
  ] as const)('reads the cache again once %s', (_, { event, payload }) => {
    const cache = cacheWith('movil-01');
    const mirror = new UnitMirror();
    mirror.units(cache);
    cache.units.upsertPositions([at('movil-01', -31.7)]);
    mirror.observe(event, payload as never);
    expect(latitudes(mirror, cache)).toEqual({ 'movil-01': -31.7 });
  });

  it('does not take some units replaced for all of them, nor another kind', () => {
    const cache = cacheWith('movil-01');
    const mirror = new UnitMirror();
    mirror.units(cache);
    cache.units.upsertPositions([at('movil-01', -31.8)]);
    mirror.observe('records.changed', { entity: 'unit', ids: ['movil-01'], source: 'hub' });
    mirror.observe('records.changed', { entity: 'incident', ids: null, source: 'reset' });
    expect(latitudes(mirror, cache)).toEqual({ 'movil-01': -31.4 });
  });

  it('reads another cache (rebuilt, another data folder) from scratch', () => {
    const mirror = new UnitMirror();
    mirror.units(cacheWith('movil-01'));
    expect(Object.keys(latitudes(mirror, cacheWith('pie-01')))).toEqual(['pie-01']);
  });
});
