import { describe, expect, it } from 'vitest';
import { cordobaInstant } from '../../shared/time/cordoba.ts';
import { formatDateTime, formatNumber } from './format.ts';

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
