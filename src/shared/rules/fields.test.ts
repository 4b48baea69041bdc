import { describe, expect, it } from 'vitest';
import { CommentSchema, cuitCheckDigitOk, CuitSchema, DniSchema, InstantSchema, PlateSchema } from './fields.ts';

const outcome = (r: { success: boolean; data?: unknown; error?: { issues: { message: string }[] } }) =>
  r.success ? r.data : r.error?.issues[0]?.message;

describe('identity and plate fields', () => {
  it.each([
    ['12.345.678', '12345678'],
    ['12345678', '12345678'],
    ['1.234.567', '1234567'],
    [' 30123456 ', '30123456'],
    ['123456', 'invalid_dni'],
    ['123456789', 'invalid_dni'],
    ['01234567', 'invalid_dni'],
    ['12-345-678', 'invalid_dni'],
    ['', 'invalid_dni'],
  ])('DNI %j → %s', (text, expected) => {
    expect(outcome(DniSchema.safeParse(text))).toBe(expected);
  });

  it.each([
    ['20-12345678-6', '20123456786'],
    ['20123456786', '20123456786'],
    ['30-71234567-1', '30712345671'],
    ['20-12345678-5', 'invalid_cuit'],
    ['2012345678', 'invalid_cuit'],
  ])('CUIT %j → %s', (text, expected) => {
    expect(outcome(CuitSchema.safeParse(text))).toBe(expected);
  });

  it('refuses a CUIT whose check digit would be 10', () => {
    // 2000000001x: weighted sum 10+2 = 12 → 11 − 1 = 10, which is never a valid check digit.
    expect(cuitCheckDigitOk('20000000010')).toBe(false);
  });

  it.each([
    ['ABC123', 'ABC123'],
    ['ab 123 cd', 'AB123CD'],
    ['AB-123-CD', 'AB123CD'],
    ['123ABC', '123ABC'],
    ['A123BCD', 'A123BCD'],
    ['ABCD123', 'invalid_plate'],
    ['AB12CD', 'invalid_plate'],
    ['x'.repeat(1000), 'invalid_plate'],
  ])('plate %j → %s', (text, expected) => {
    expect(outcome(PlateSchema.safeParse(text))).toBe(expected);
  });
});

describe('bounds', () => {
  it.each([
    [Date.UTC(2000, 0, 1), true],
    [Date.UTC(2100, 11, 31, 23, 59), true],
    [Date.UTC(1999, 11, 31, 23, 59), false],
    [Date.UTC(2101, 0, 1), false],
    [Date.UTC(3000, 0, 1), false],
    [1.5, false],
  ])('instant %i accepted: %s', (t, ok) => {
    expect(InstantSchema.safeParse(t).success).toBe(ok);
  });

  it('takes 2000 characters of comment and refuses 2001', () => {
    expect(CommentSchema.safeParse('x'.repeat(2000)).success).toBe(true);
    expect(outcome(CommentSchema.safeParse('x'.repeat(2001)))).toBe('too_long');
  });
});
