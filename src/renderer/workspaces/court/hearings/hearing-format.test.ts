// Times in Córdoba, days and pesos as es-AR and English write them, and pesos as typed back to integer cents.
import { formatIsoDate } from '../../../i18n/format.ts';
import { describe, expect, it } from 'vitest';
import { cordobaInstant } from '../../../../shared/time/cordoba.ts';
import { centsToInput, clockTime, dayMonthTime, formatCents, parsePesos } from './hearing-format.ts';

describe('hearing formats', () => {
  it('writes Córdoba wall-clock time whatever the instant', () => {
    expect(clockTime(cordobaInstant(2026, 12, 10, 8, 30))).toBe('08:30');
    expect(clockTime(Date.UTC(2026, 11, 10, 2, 5))).toBe('23:05'); // 02:05 UTC is 23:05 the day before in Córdoba
  });

  it.each([
    ['es-AR', '12/12/2026'],
    ['en', '12/12/2026'],
  ])('a day in %s', (locale, expected) => expect(formatIsoDate('2026-12-12', locale)).toBe(expected));

  it('pesos from cents, es-AR', () => expect(formatCents(216_160_000, 'es-AR').replace(/\s/g, ' ')).toBe('$ 2.161.600,00'));

  it.each([
    ['12.345,67', 1_234_567],
    ['12345,6', 1_234_560],
    ['12345.67', 1_234_567],
    ['$ 1.000', 100_000],
    ['1000', 100_000],
    ['0,01', 1],
    ['', null],
    ['12,345,6', null],
    ['-5', null],
    ['abc', null],
  ])('parsePesos(%j) = %j', (text, expected) => expect(parsePesos(text)).toBe(expected));

  it.each([
    [1_234_567, 'es-AR', '12345,67'],
    [100_005, 'en', '1000.05'],
  ])('centsToInput(%i, %s) = %s, read back the same', (cents, locale, text) => {
    expect(centsToInput(cents, locale)).toBe(text);
    expect(parsePesos(text)).toBe(cents);
  });
});

describe('day, month and time', () => {
  it('is Córdoba’s, zero-padded', () =>
    expect(dayMonthTime(cordobaInstant(2026, 12, 5, 10, 42))).toEqual({ dd: '05', mm: '12', time: '10:42' }));
});
