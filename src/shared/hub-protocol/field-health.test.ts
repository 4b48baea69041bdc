import { describe, expect, it } from 'vitest';
import { clockRefusal, clockWindow, type ClockRefusal } from './field-health.ts';

const NOW = Date.UTC(2026, 10, 26, 15);
const TOLERANCE = { aheadSeconds: 120, behindSeconds: 12 * 3600 };

describe('a device clock', () => {
  it.each<[string, number, ClockRefusal | null]>([
    ['on time', NOW, null],
    ['ahead by exactly the tolerance', NOW + 120_000, null],
    ['ahead by a millisecond more', NOW + 120_001, 'clock_ahead'],
    ['dated 2045 (a GPS week rollover)', Date.UTC(2045, 0, 1), 'clock_ahead'],
    ['behind by exactly the tolerance (a shift of buffered reports)', NOW - 12 * 3_600_000, null],
    ['behind by a millisecond more', NOW - 12 * 3_600_000 - 1, 'clock_behind'],
    ['reset to 1980', Date.UTC(1980, 0, 6), 'clock_behind'],
  ])('%s: %s', (_, deviceTime, refusal) => {
    expect(clockRefusal(deviceTime, clockWindow(NOW, TOLERANCE))).toBe(refusal);
  });

  it('is judged against the window of the hub’s now', () => {
    expect(clockWindow(NOW, { aheadSeconds: 1, behindSeconds: 2 })).toEqual({ earliest: NOW - 2_000, latest: NOW + 1_000 });
  });
});
