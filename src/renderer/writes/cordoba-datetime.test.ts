import { describe, expect, it } from 'vitest';
import { fromCordobaDateTimeInput, toCordobaDateTimeInput } from './cordoba-datetime.ts';

describe('Córdoba date-time inputs', () => {
  it('reads the input as Córdoba wall-clock time (UTC−3), not the machine zone', () => {
    expect(fromCordobaDateTimeInput('2026-11-26T21:30')).toBe(Date.UTC(2026, 10, 27, 0, 30));
    expect(fromCordobaDateTimeInput('2026-01-01T00:00')).toBe(Date.UTC(2026, 0, 1, 3, 0));
    expect(fromCordobaDateTimeInput('2026-01-01T00:00:30')).toBe(Date.UTC(2026, 0, 1, 3, 0, 30));
  });

  it('writes an instant as the Córdoba date and time it was there', () => {
    expect(toCordobaDateTimeInput(Date.UTC(2026, 10, 27, 0, 30))).toBe('2026-11-26T21:30');
    expect(toCordobaDateTimeInput(Date.UTC(2026, 0, 1, 2, 59, 59))).toBe('2025-12-31T23:59');
  });

  it('round-trips every quarter hour of a year', () => {
    for (let ms = Date.UTC(2026, 0, 1); ms < Date.UTC(2027, 0, 1); ms += 15 * 60_000 * 97) {
      expect(fromCordobaDateTimeInput(toCordobaDateTimeInput(ms))).toBe(ms);
    }
  });

  it('uses the tz database for past offsets (Córdoba had summer time in 2008–2009)', () => {
    // 2009-01-15 was UTC−2 in Córdoba.
    expect(fromCordobaDateTimeInput('2009-01-15T12:00')).toBe(Date.UTC(2009, 0, 15, 14, 0));
    expect(toCordobaDateTimeInput(Date.UTC(2009, 0, 15, 14, 0))).toBe('2009-01-15T12:00');
  });

  it('refuses what is not a real date and time', () => {
    for (const bad of ['', '2026-02-30T10:00', '2026-13-01T10:00', '2026-01-01T24:00', '2026-01-01 10:00', '26-01-01T10:00', 'mañana']) {
      expect(fromCordobaDateTimeInput(bad), bad).toBeNull();
    }
  });
});
