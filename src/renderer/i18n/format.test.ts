import { describe, expect, it } from 'vitest';
import { cordobaInstant } from '../../shared/time/cordoba.ts';
import { formatClockTime, formatDateTime, formatInteger, formatNumber } from './format.ts';

describe('formatDateTime', () => {
  // 23:30 in Córdoba is already the next day in UTC: the formatter must not use the machine's zone.
  const lateEvening = cordobaInstant(2026, 3, 9, 23, 30);

  it('writes es-AR as dd/mm/yyyy with a 24-hour clock in Córdoba time', () => {
    expect(formatDateTime(lateEvening, 'es-AR')).toMatch(/^09\/03\/2026,? 23:30$/);
  });

  it('writes English month-first, still in Córdoba time', () => {
    expect(formatDateTime(lateEvening, 'en')).toMatch(/^03\/09\/2026,? 23:30$/);
  });
});

describe('formatNumber', () => {
  it('groups thousands with dots in es-AR', () => {
    expect(formatNumber(1_000_000, 'es-AR')).toBe('1.000.000');
    expect(formatNumber(1_000, 'es-AR')).toBe('1.000');
  });

  it('groups thousands with commas in English', () => {
    expect(formatNumber(1_000_000, 'en')).toBe('1,000,000');
  });
});

describe('formatInteger', () => {
  it('rounds and groups', () => {
    expect(formatInteger(32.4, 'es-AR')).toBe('32');
    expect(formatInteger(32.5, 'es-AR')).toBe('33');
    expect(formatInteger(1234.6, 'es-AR')).toBe('1.235');
    expect(formatInteger(1234.6, 'en')).toBe('1,235');
    expect(formatInteger(0, 'es-AR')).toBe('0');
  });
});

describe('formatClockTime', () => {
  const at = cordobaInstant(2026, 11, 25, 14, 5);

  it('writes only the Córdoba time on the same Córdoba day, 24-hour clock', () => {
    expect(formatClockTime(at, at + 3 * 60_000, 'es-AR')).toBe('14:05');
    expect(formatClockTime(cordobaInstant(2026, 11, 25, 23, 50), cordobaInstant(2026, 11, 25, 23, 59), 'en')).toBe('23:50');
  });

  it('adds the day when the instant is on an earlier Córdoba day (even if it is the same UTC day)', () => {
    // 23:50 in Córdoba is 02:50 UTC of the next day; 00:10 the next Córdoba day is 03:10 UTC.
    const lateEvening = cordobaInstant(2026, 11, 25, 23, 50);
    const afterMidnight = cordobaInstant(2026, 11, 26, 0, 10);
    expect(formatClockTime(lateEvening, afterMidnight, 'es-AR')).toMatch(/^25\/11,? 23:50$/);
    expect(formatClockTime(lateEvening, afterMidnight, 'en')).toMatch(/^11\/25,? 23:50$/);
  });
});
