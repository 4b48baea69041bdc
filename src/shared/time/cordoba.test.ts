import { describe, expect, it } from 'vitest';
import { createPrng } from '../random/prng.ts';
import { cordobaCivil, cordobaDayRange, cordobaInstant, cordobaIsoDate, intlCivil } from './cordoba.ts';

describe('Córdoba civil time', () => {
  it.each([
    // instant (UTC)                       civil time in Córdoba
    [Date.UTC(2026, 10, 26, 2, 59), { year: 2026, month: 11, day: 25, hour: 23, minute: 59, weekday: 3 }],
    [Date.UTC(2026, 10, 26, 3, 0), { year: 2026, month: 11, day: 26, hour: 0, minute: 0, weekday: 4 }],
    [Date.UTC(2016, 3, 1, 12, 0), { year: 2016, month: 4, day: 1, hour: 9, minute: 0, weekday: 5 }],
    // Argentina observed DST in the 2008–09 summer: UTC−2
    [Date.UTC(2009, 0, 15, 12, 0), { year: 2009, month: 1, day: 15, hour: 10, minute: 0, weekday: 4 }],
  ])('%i is %o', (instant, civil) => {
    expect(cordobaCivil(instant)).toMatchObject(civil);
  });

  it('round-trips wall-clock times', () => {
    for (const [y, m, d, h] of [
      [2026, 11, 26, 22],
      [2009, 1, 15, 10],
      [2020, 2, 29, 0],
    ] as const) {
      const c = cordobaCivil(cordobaInstant(y, m, d, h));
      expect([c.year, c.month, c.day, c.hour]).toEqual([y, m, d, h]);
    }
  });

  it.each([
    ['2026-11-26', [Date.UTC(2026, 10, 26, 3), Date.UTC(2026, 10, 27, 3)]],
    ['2024-02-29', [Date.UTC(2024, 1, 29, 3), Date.UTC(2024, 2, 1, 3)]],
    ['2026-02-29', null],
    ['2026-13-01', null],
    ['26-11-2026', null],
    ['', null],
  ])('day range of %j', (iso, range) => {
    expect(cordobaDayRange(iso)).toEqual(range);
  });

  // The remembered hourly offsets must give what Intl gives: around each change of offset (local mean time to
  // standard time in 1920, the 2007–09 summers) second by second in steps, and at random instants over 150 years.
  it.each([
    ['1920-05-01T04:16:48Z'],
    ['2007-12-30T03:00:00Z'],
    ['2008-03-16T02:00:00Z'],
    ['2008-10-19T03:00:00Z'],
    ['2009-03-15T02:00:00Z'],
  ])('agrees with Intl around the change of offset at %s', (change) => {
    const at = Date.parse(change);
    for (let t = at - 3 * 3_600_000; t <= at + 3 * 3_600_000; t += 37_000)
      expect(cordobaCivil(t), new Date(t).toISOString()).toEqual(intlCivil(t));
  });

  it('agrees with Intl at random instants from 1900 to 2050', () => {
    const rng = createPrng(7);
    const [from, to] = [Date.UTC(1900, 0, 1), Date.UTC(2050, 0, 1)];
    for (let i = 0; i < 5_000; i++) {
      const t = from + Math.floor(rng.next() * (to - from));
      expect(cordobaCivil(t), new Date(t).toISOString()).toEqual(intlCivil(t));
    }
  });

  it('names the Córdoba date of an instant, not the UTC one', () => {
    expect(cordobaIsoDate(Date.UTC(2026, 10, 27, 1, 0))).toBe('2026-11-26');
  });
});
