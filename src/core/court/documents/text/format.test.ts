import { describe, expect, it } from 'vitest';
import { cordobaInstant } from '../../../../shared/time/cordoba.ts';
import { Formatter } from './format.ts';
import { translator } from './translator.ts';
import { toWinAnsi } from '../../../pdf/win-ansi.ts';

const es = new Formatter(translator('es-AR'));
const en = new Formatter(translator('en'));

describe('court document formats', () => {
  it('writes integer cents as es-AR money, without floats', () => {
    expect(es.money(0)).toBe('$ 0,00');
    expect(es.money(5)).toBe('$ 0,05');
    expect(es.money(1_080_800)).toBe('$ 10.808,00');
    expect(es.money(216_160_000)).toBe('$ 2.161.600,00');
    expect(es.money(123_456_789)).toBe('$ 1.234.567,89');
    expect(es.money(1_000_000_000_000)).toBe('$ 10.000.000.000,00');
    expect(en.money(123_456_789)).toBe('ARS 1,234,567.89');
    expect(() => es.money(-1)).toThrow(RangeError);
    expect(() => es.money(10.5)).toThrow(RangeError);
    expect(() => es.money(2 ** 53)).toThrow(RangeError);
  });

  it('writes UEM counts, whole or in hundredths', () => {
    expect(es.uem(200)).toBe('200 UEM');
    expect(es.uem(1500)).toBe('1.500 UEM');
    expect(es.uem(12.5)).toBe('12,5 UEM');
    expect(es.uem(0.29)).toBe('0,29 UEM');
    expect(en.uem(1500.75)).toBe('1,500.75 UEM');
  });

  it('writes Córdoba dates and times from instants, and deadlines from calendar days', () => {
    // 02:40 in Córdoba is 05:40 UTC: the day and hour are Córdoba's, whatever the machine's zone.
    const at = cordobaInstant(2026, 3, 14, 2, 40);
    expect(es.dateLong(at)).toBe('sábado 14 de marzo de 2026');
    expect(es.dateTimeShort(at)).toBe('14/03/2026, a las 02:40 h');
    expect(en.dateLong(at)).toBe('Saturday 14 March 2026');
    expect(es.dayLong('2026-05-22')).toBe('viernes 22 de mayo de 2026');
    expect(es.dayShort('2026-01-05')).toBe('05/01/2026');
    // 23:30 in Córdoba on 31 Dec is already 1 Jan in UTC.
    expect(es.dateShort(cordobaInstant(2025, 12, 31, 23, 30))).toBe('31/12/2025');
  });

  it('writes DNI, CUIT, articles and the offender', () => {
    expect(es.dni('32456789')).toBe('32.456.789');
    expect(es.dni('7123456')).toBe('7.123.456');
    expect(es.cuit('30712345671')).toBe('30-71234567-1');
    expect(es.citation({ norm: 'ord_12468', article: 92, suffix: 'bis' })).toBe(
      'Art. 92 bis, Código de Convivencia Ciudadana (Ord. 12.468)',
    );
    expect(es.citation({ norm: 'law_10181', article: 48, paragraph: 'inc. a', offence: 'exceso de velocidad' })).toBe(
      'Art. 48, inc. a, Ley Provincial de Tránsito 10.181: exceso de velocidad',
    );
    expect(es.offender({ kind: 'person', fullName: 'Ana Gómez', dni: '28456789' })).toBe('Ana Gómez, DNI 28.456.789');
    expect(
      es.offender({ kind: 'company', name: 'Bar El Molino S.R.L.', cuit: '30712345671', representative: { fullName: 'Graciela Ludueña' } }),
    ).toBe('Bar El Molino S.R.L., CUIT 30-71234567-1, representada por Graciela Ludueña');
  });
});

describe('toWinAnsi', () => {
  it('keeps Spanish and the typography WinAnsi has', () => {
    const spanish = '¿Cédula? ¡Sí! Córdoba, Güemes, año, N.º 3, «audiencia» — “cita” … 40 % · € ×';
    expect(toWinAnsi(spanish)).toBe(spanish);
  });

  it('brings other letters to their closest WinAnsi form, and the rest to "?"', () => {
    expect(toWinAnsi('Łukasz Doğan Ţepeş')).toBe('Lukasz Dogan Tepes');
    expect(toWinAnsi('a\u00a0b\u200bc\u00add')).toBe('a bcd');
    expect(toWinAnsi('≥ 5 ≤ 9 − 1')).toBe('>= 5 <= 9 - 1');
    expect(toWinAnsi('ok 👍 Жук')).toBe('ok ? ???');
    expect(toWinAnsi('Co\u0301rdoba')).toBe('Córdoba'); // decomposed accents are composed
    expect(toWinAnsi('a\tb\nc\u0007')).toBe('a b\nc');
  });
});
