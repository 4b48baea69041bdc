import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Unit, UnitPosition } from '../../shared/live/units.ts';
import { createCache } from '../cache/cache.ts';
import { tempDir } from '../test-support/temp-dir.ts';
import { resetForHub } from '../sync/reset-for-hub.ts';
import { unitAt } from '../../shared/records/test-support/dispatch.ts';

const unit = (id: string, version: number, status: Unit['status'] = 'available'): Unit => unitAt(id, { version, status });
const position = (unitId: string, deviceTime: number, lat = -31.41): UnitPosition => ({
  unitId,
  lat,
  lng: -64.18,
  accuracyM: 8,
  speedKmh: 30,
  heading: 45,
  deviceTime,
  receivedAt: deviceTime + 20,
});

describe('units repository', () => {
  it('keeps the newest version and the newest position, whatever the arrival order', () => {
    const cache = createCache(path.join(tempDir(), 'c.db'));
    cache.units.upsertUnits([unit('01', 2, 'en_route')]);
    cache.units.upsertUnits([unit('01', 1, 'available')]); // a late replay
    cache.units.upsertPositions([position('01', 2000, -31.42)]);
    cache.units.upsertPositions([position('01', 1000, -31.4)]); // older fix
    expect(cache.units.list()).toEqual([{ ...unit('01', 2, 'en_route'), position: position('01', 2000, -31.42) }]);
    cache.close();
  });

  it('keeps what a unit works on, when and by whom its status was reported, and an acknowledged silence', () => {
    const cache = createCache(path.join(tempDir(), 'c.db'));
    const working = unitAt('01', {
      status: 'on_scene',
      statusAt: 1_000,
      statusSource: 'device',
      task: { kind: 'incident', id: '0190a8c0-0000-7000-8000-000000000001' },
      silenceAck: { lastSeenAt: 900, at: 1_100, by: 'despacho' },
      version: 3,
    });
    const kept = unitAt('02', { task: { kind: 'operation', id: '0190a8c0-0000-7000-8000-000000000002' }, version: 2 });
    cache.units.upsertUnits([working]);
    cache.units.put(kept);
    expect(cache.units.get('01')).toEqual(working);
    expect(cache.units.list()).toEqual([
      { ...working, position: null },
      { ...kept, position: null },
    ]);
    cache.units.upsertUnits([{ ...working, task: null, silenceAck: null, version: 4 }]); // freed, and it reported again
    expect(cache.units.get('01')).toMatchObject({ task: null, silenceAck: null, statusAt: 1_000, version: 4 });
    cache.close();
  });

  it('lists units without a position, and reads rows by id', () => {
    const cache = createCache(path.join(tempDir(), 'c.db'));
    cache.units.upsertUnits([unit('01', 1), unit('02', 1)]);
    cache.units.upsertPositions([position('02', 5)]);
    expect(cache.units.rows(['01']).map((r) => r.position)).toEqual([null]);
    expect(cache.units.rows(['02', 'nope']).map((r) => r.id)).toEqual(['02']);
    expect(cache.units.rows([])).toEqual([]);
    cache.close();
  });

  it('starts from an empty picture when following another hub', () => {
    const cache = createCache(path.join(tempDir(), 'c.db'));
    cache.units.upsertUnits([unit('01', 1)]);
    cache.units.saveCursor({ hubUrl: 'http://127.0.0.1:1', lastSeq: 40, dataAsOf: 1 });
    resetForHub(cache, 'http://127.0.0.1:2');
    expect(cache.units.list()).toEqual([]);
    expect(cache.units.cursor()).toEqual({ hubUrl: 'http://127.0.0.1:2', lastSeq: 0, dataAsOf: null });
    cache.close();
  });
});
