import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Unit, UnitPosition } from '../../shared/live/units.ts';
import { createLiveIngest, type IngestBatch } from './live-ingest.ts';

const unit = (id: string, version: number): Unit => ({
  id,
  callSign: id,
  kind: 'foot',
  crew: [],
  status: 'available',
  statusAt: null,
  statusSource: null,
  task: null,
  silenceAck: null,
  version,
});
const position = (unitId: string, deviceTime: number): UnitPosition => ({
  unitId,
  lat: -31.4,
  lng: -64.18,
  accuracyM: 5,
  speedKmh: 4,
  heading: 90,
  deviceTime,
  receivedAt: deviceTime,
});

afterEach(() => vi.useRealTimers());

describe('live ingest', () => {
  it('turns everything that arrives within one interval into one batch, latest per unit', () => {
    vi.useFakeTimers();
    const batches: IngestBatch[] = [];
    const ingest = createLiveIngest((b) => batches.push(b), 50);
    for (let t = 1; t <= 100; t++) ingest.position(position(`u${t % 5}`, t));
    ingest.position(position('u1', 3)); // older than what is pending: ignored
    ingest.change({ seq: 7, at: 1, entity: 'unit', id: 'u1', data: unit('u1', 1) });
    ingest.change({ seq: 8, at: 1, entity: 'unit', id: 'u1', data: unit('u1', 2), origin: { clientId: 'c', clientSeq: 3 } });
    expect(batches).toHaveLength(0);
    vi.advanceTimersByTime(50);
    expect(batches).toHaveLength(1);
    const [batch] = batches;
    expect(batch!.positions).toHaveLength(5);
    expect(batch!.positions.find((p) => p.unitId === 'u1')!.deviceTime).toBe(96);
    expect(batch!.records).toEqual([{ entity: 'unit', record: unit('u1', 2) }]);
    expect(batch!.origins).toEqual([{ clientId: 'c', clientSeq: 3, seq: 8, entity: 'unit', record: unit('u1', 2) }]);
    expect(batch!.lastSeq).toBe(8);
  });

  it('writes nothing when nothing arrived, and flush() writes at once', () => {
    vi.useFakeTimers();
    const batches: IngestBatch[] = [];
    const ingest = createLiveIngest((b) => batches.push(b), 50);
    vi.advanceTimersByTime(500);
    expect(batches).toHaveLength(0);
    ingest.position(position('u1', 1));
    ingest.flush();
    expect(batches).toHaveLength(1);
    vi.advanceTimersByTime(500);
    expect(batches).toHaveLength(1);
  });
});
