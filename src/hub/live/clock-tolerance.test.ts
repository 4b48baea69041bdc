import { describe, expect, it } from 'vitest';
import type { SettingEntry } from '../../shared/settings/dated.ts';
import { cordobaInstant } from '../../shared/time/cordoba.ts';
import { ClockToleranceCache } from './clock-tolerance.ts';

const entry = (effectiveFrom: string, aheadSeconds: number): SettingEntry => ({
  key: 'field.clockTolerance',
  effectiveFrom,
  value: { aheadSeconds, behindSeconds: 3600 },
});

/** A cache over `entries`, counting how often it reads them. */
function cacheOver(entries: SettingEntry[]) {
  let reads = 0;
  const cache = new ClockToleranceCache(() => {
    reads++;
    return entries;
  });
  return { cache, reads: () => reads };
}

describe('the clock tolerance in force', () => {
  it('is read once per Córdoba day, and again when that day is over', () => {
    const { cache, reads } = cacheOver([entry('2026-01-01', 120), entry('2026-11-27', 300)]);
    const evening = cordobaInstant(2026, 11, 26, 23, 59);
    for (let i = 0; i < 1000; i++) expect(cache.at(evening + i)).toEqual({ aheadSeconds: 120, behindSeconds: 3600 });
    expect(reads()).toBe(1);
    expect(cache.at(cordobaInstant(2026, 11, 27))).toEqual({ aheadSeconds: 300, behindSeconds: 3600 });
    expect(reads()).toBe(2);
  });

  it('is read again after the settings changed', () => {
    const entries = [entry('2026-01-01', 120)];
    const { cache, reads } = cacheOver(entries);
    const now = cordobaInstant(2026, 11, 26, 12);
    expect(cache.window(now)).toEqual({ earliest: now - 3_600_000, latest: now + 120_000 });
    entries.push(entry('2026-11-26', 60)); // a correction for the same day
    expect(cache.at(now)?.aheadSeconds).toBe(120);
    cache.forget();
    expect(cache.at(now)?.aheadSeconds).toBe(60);
    expect(reads()).toBe(2);
  });

  it('is none before any entry: no window, so no report is refused for its clock', () => {
    const { cache } = cacheOver([entry('2030-01-01', 120)]);
    expect(cache.window(cordobaInstant(2026, 11, 26, 12))).toBeNull();
  });
});
