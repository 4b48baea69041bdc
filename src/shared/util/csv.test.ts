import { describe, expect, it } from 'vitest';
import { cordobaInstant } from '../time/cordoba.ts';
import { createCordobaDateTimeFormatter, CSV_BOM, csvLine, csvNumber, csvText } from './csv.ts';

describe('CSV fields', () => {
  it('quotes every field and doubles inner quotes', () => {
    expect(csvText('Av. Colón 1234')).toBe('"Av. Colón 1234"');
    expect(csvText('dijo "basta"; se fue')).toBe('"dijo ""basta""; se fue"');
    expect(csvText('línea 1\r\nlínea 2')).toBe('"línea 1\r\nlínea 2"');
    expect(csvText('')).toBe('""');
    expect(csvText(null)).toBe('""');
  });

  it.each([
    ['=HYPERLINK("http://x","clic")', `"'=HYPERLINK(""http://x"",""clic"")"`],
    ['+54 351 000', `"'+54 351 000"`],
    ['-1+1', `"'-1+1"`],
    ['@SUM(A1)', `"'@SUM(A1)"`],
    ['\t=1', `"'\t=1"`],
    ['\r=1', `"'\r=1"`],
  ])('defuses text Excel would run as a formula: %j', (value, expected) => {
    expect(csvText(value)).toBe(expected);
  });

  it('leaves harmless text alone, even with formula characters inside', () => {
    expect(csvText('Bv. San Juan = 100 - 200')).toBe('"Bv. San Juan = 100 - 200"');
    expect(csvText(' =1')).toBe('" =1"');
  });

  it('writes numbers with a decimal comma for Spanish spreadsheets, unguarded', () => {
    expect(csvNumber(-31.4167, true)).toBe('"-31,4167"');
    expect(csvNumber(-31.4167, false)).toBe('"-31.4167"');
    expect(csvNumber(1_000_000, true)).toBe('"1000000"');
    expect(csvNumber(null, true)).toBe('""');
    expect(csvNumber(Number.NaN, true)).toBe('""');
  });

  it("joins fields with ';' and ends lines with CRLF; the file starts with a UTF-8 BOM", () => {
    expect(csvLine(['"a"', '"b;c"'])).toBe('"a";"b;c"\r\n');
    expect(Buffer.from(CSV_BOM, 'utf8')).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });
});

describe('Córdoba date-time cells', () => {
  const format = createCordobaDateTimeFormatter();

  it('writes dd/mm/yyyy hh:mm in Córdoba time whatever the machine zone', () => {
    expect(format(Date.UTC(2026, 10, 26, 17, 5))).toBe('26/11/2026 14:05');
    expect(format(Date.UTC(2026, 0, 1, 2, 59))).toBe('31/12/2025 23:59'); // still New Year's Eve in Córdoba
    expect(format(cordobaInstant(2024, 2, 29, 0, 0))).toBe('29/02/2024 00:00');
  });

  it('follows the tz database where the offset was different (summer time 2008–2009: UTC−2)', () => {
    expect(format(Date.UTC(2009, 0, 15, 12, 0))).toBe('15/01/2009 10:00');
    expect(format(Date.UTC(2009, 5, 15, 12, 0))).toBe('15/06/2009 09:00');
  });

  it('agrees with Intl on random instants (the per-hour offset memory is exact)', () => {
    const intl = new Intl.DateTimeFormat('es-AR', {
      timeZone: 'America/Argentina/Cordoba',
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    for (let i = 0; i < 2000; i++) {
      const instant = Math.floor(Date.UTC(2005, 0, 1) + Math.random() * 25 * 365 * 86_400_000);
      expect(format(instant)).toBe(intl.format(instant).replace(',', ''));
    }
  });
});
