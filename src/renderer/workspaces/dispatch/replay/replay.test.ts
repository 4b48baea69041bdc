import { describe, expect, it } from 'vitest';
import type { TrackPoint } from '../../../../shared/hub-protocol/tracks.ts';
import { cordobaInstant } from '../../../../shared/time/cordoba.ts';
import {
  advanceReplay,
  customWindow,
  formatCordobaLocal,
  formatReplayClock,
  interpolationGapMs,
  parseCordobaLocal,
  positionAt,
  presetWindow,
  replayExtent,
  travelledCount,
} from './replay.ts';

const T0 = cordobaInstant(2026, 11, 26, 14, 0);
const point = (s: number, lat: number, lng: number, speed = 20, heading = 90): TrackPoint => ({
  t: T0 + s * 1000,
  lat,
  lng,
  speed,
  heading,
});
const track = [point(0, -31.4, -64.2, 10, 350), point(10, -31.41, -64.19, 30, 10), point(20, -31.42, -64.18), point(200, -31.5, -64.1)];
const GAP = 30_000;

describe('replay windows', () => {
  it('has the last 15 minutes and the last hour', () => {
    expect(presetWindow('last15m', T0)).toEqual({ from: T0 - 15 * 60_000, to: T0 });
    expect(presetWindow('last1h', T0)).toEqual({ from: T0 - 3_600_000, to: T0 });
  });

  it('reads datetime-local text as Córdoba time, and writes it back', () => {
    expect(parseCordobaLocal('2026-11-26T14:00')).toBe(T0);
    expect(parseCordobaLocal('2026-11-26T14:00')).toBe(Date.UTC(2026, 10, 26, 17, 0)); // UTC−3
    expect(formatCordobaLocal(T0 + 59_999)).toBe('2026-11-26T14:00');
    for (const bad of ['', '2026-11-26', '2026-02-30T10:00', '2026-13-01T10:00', '2026-11-26T24:00', '26/11/2026 14:00']) {
      expect(parseCordobaLocal(bad)).toBeNull();
    }
  });

  it('checks a custom window: complete, in order, at most 24 h, within the last 24 h', () => {
    const now = T0 + 3_600_000; // 15:00
    expect(customWindow('2026-11-26T14:00', '2026-11-26T14:30', now)).toEqual({ ok: true, window: { from: T0, to: T0 + 1_800_000 } });
    expect(customWindow('2026-11-26T14:00', '2026-11-26T18:00', now)).toEqual({ ok: true, window: { from: T0, to: now } }); // cut to now
    expect(customWindow('', '2026-11-26T14:30', now)).toEqual({ ok: false, problem: 'incomplete' });
    expect(customWindow('2026-11-26T14:30', '2026-11-26T14:30', now)).toEqual({ ok: false, problem: 'range_inverted' });
    expect(customWindow('2026-11-26T14:40', '2026-11-26T14:30', now)).toEqual({ ok: false, problem: 'range_inverted' });
    expect(customWindow('2026-11-25T14:00', '2026-11-26T14:30', now)).toEqual({ ok: false, problem: 'window_too_long' });
    expect(customWindow('2026-11-25T14:00', '2026-11-25T15:00', now)).toEqual({ ok: false, problem: 'too_old' });
    // "exactly 24 h ago" typed in whole minutes is accepted and starts at the limit
    expect(customWindow('2026-11-25T15:00', '2026-11-25T16:00', now)).toEqual({
      ok: true,
      window: { from: now - 86_400_000, to: T0 - 22 * 3_600_000 },
    });
  });
});

describe('replay positions', () => {
  it('is nowhere before the first point', () => {
    expect(positionAt(track, T0 - 1, GAP)).toBeNull();
    expect(positionAt([], T0, GAP)).toBeNull();
  });

  it('is exactly at a recorded point at its time', () => {
    expect(positionAt(track, T0 + 10_000, GAP)).toEqual({ ...track[1], held: false });
  });

  it('interpolates between points, heading the short way round', () => {
    const fix = positionAt(track, T0 + 5_000, GAP)!;
    expect(fix.lat).toBeCloseTo(-31.405, 10);
    expect(fix.lng).toBeCloseTo(-64.195, 10);
    expect(fix.speed).toBe(20);
    expect(fix.heading).toBeCloseTo(0, 10); // 350° → 10° passes north
    expect(fix.held).toBe(false);
    expect(positionAt(track, T0 + 12_500, GAP)!.lat).toBeCloseTo(-31.4125, 10);
  });

  it('holds the last fix across a signal gap and after the last point', () => {
    expect(positionAt(track, T0 + 100_000, GAP)).toEqual({ ...track[2], t: T0 + 100_000, held: true });
    expect(positionAt(track, T0 + 500_000, GAP)).toEqual({ ...track[3], t: T0 + 500_000, held: true });
  });

  it('joins points further apart on long (downsampled) windows', () => {
    expect(interpolationGapMs({ from: 0, to: 15 * 60_000 })).toBe(30_000);
    expect(interpolationGapMs({ from: 0, to: 86_400_000 })).toBeCloseTo(129_600); // 3 × 43.2 s
  });

  it('counts the points already travelled', () => {
    expect(travelledCount(track, T0 - 1)).toBe(0);
    expect(travelledCount(track, T0)).toBe(1);
    expect(travelledCount(track, T0 + 15_000)).toBe(2);
    expect(travelledCount(track, T0 + 1e9)).toBe(4);
  });
});

describe('the replay clock', () => {
  it('covers what the loaded tracks cover', () => {
    expect(
      replayExtent([
        { unitId: 'a', points: track },
        { unitId: 'b', points: [point(-30, 0, 0)] },
        { unitId: 'c', points: [] },
      ]),
    ).toEqual({
      from: T0 - 30_000,
      to: T0 + 200_000,
    });
    expect(replayExtent([{ unitId: 'c', points: [] }])).toBeNull();
  });

  it.each([
    [1, 1_000, T0 + 1_000],
    [10, 1_000, T0 + 10_000],
    [60, 1_000, T0 + 60_000],
    [60, 10_000, T0 + 200_000], // stops at the end
    [10, -50, T0], // a clock going backwards does not rewind
  ])('at ×%i, %i ms later', (speed, elapsed, expected) => {
    expect(advanceReplay(T0, elapsed, speed, T0 + 200_000)).toBe(expected);
  });

  it('shows the replay instant with seconds, in Córdoba, with the day when it is not today', () => {
    expect(formatReplayClock(T0 + 9_000, T0, 'es-AR')).toBe('14:00:09');
    expect(formatReplayClock(T0 + 9_000, T0, 'en')).toBe('14:00:09');
    const lateYesterday = cordobaInstant(2026, 11, 25, 23, 50) + 9_000;
    expect(formatReplayClock(lateYesterday, T0, 'es-AR')).toBe('25/11, 23:50:09');
    expect(formatReplayClock(lateYesterday, T0, 'en')).toMatch(/^(25\/11|11\/25), 23:50:09$/);
  });
});
