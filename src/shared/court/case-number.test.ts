import { describe, expect, it } from 'vitest';
import { caseNumber, isProvisional, parseCaseNumber, provisionalCaseNumber } from './case-number.ts';

describe('case numbers', () => {
  it.each([
    [2026, 123, 'TF-2026-000123'],
    [2027, 1, 'TF-2027-000001'],
    [2026, 999_999, 'TF-2026-999999'],
  ])('%i, %i → %s and back', (year, sequence, expected) => {
    expect(caseNumber(year, sequence)).toBe(expected);
    expect(parseCaseNumber(expected)).toEqual({ year, sequence });
    expect(isProvisional(expected)).toBe(false);
  });

  it('refuses a sequence the format cannot hold', () => {
    expect(() => caseNumber(2026, 0)).toThrow(RangeError);
    expect(() => caseNumber(2026, 1_000_000)).toThrow(RangeError);
  });

  it('makes a provisional number from the console and its outbox seq, never taken for a final one', () => {
    const number = provisionalCaseNumber(2026, '0190a8c0-0000-7000-8000-00000000c3f2', 17);
    expect(number).toBe('TF-2026-P-C3F2-000017');
    expect(isProvisional(number)).toBe(true);
    expect(parseCaseNumber(number)).toBeNull();
    expect(parseCaseNumber('TF-26-000123')).toBeNull();
  });
});
