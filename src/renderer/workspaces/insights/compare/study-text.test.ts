import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { IndicatorValue } from '../../../../shared/api/insights.ts';
import { adequacyText, differenceText, hundredths, sampleText, signed, thousandths } from './study-text.ts';
import { studiesT } from './test-support/studies-t.ts';

let es: TFunction<'insightsStudies'>;
let en: TFunction<'insightsStudies'>;
beforeAll(async () => {
  es = await studiesT('es-AR');
  en = await studiesT('en');
});

const share = (numerator: number, denominator: number): Pick<IndicatorValue, 'unit' | 'numerator' | 'denominator'> => ({
  unit: 'ratio',
  numerator,
  denominator,
});

describe('signed', () => {
  it.each([
    [6.2, '+6,2'],
    [-1.14, '-1,1'],
    [0, '0,0'],
    // Rounds to zero: no sign, so "-0,0" never reads as a decrease.
    [-0.04, '0,0'],
    [11.25, '+11,3'],
  ])('%d → %s', (value, text) => {
    expect(signed(value, 'es-AR').replace('−', '-')).toBe(text);
  });
});

describe('sampleText', () => {
  it('gives a share’s sample as numerator of denominator, other figures as n', () => {
    expect(sampleText(es, share(48, 1200), 'es-AR')).toBe('48 de 1.200');
    expect(sampleText(en, share(48, 1200), 'en')).toBe('48 of 1,200');
    expect(sampleText(es, { unit: 'per_shift', numerator: 210, denominator: 60 }, 'es-AR')).toBe('n = 60');
    expect(sampleText(es, { unit: 'count', numerator: 35, denominator: null }, 'es-AR')).toBe('n = 35');
  });
});

describe('hundredths and thousandths', () => {
  it('write effect sizes with their sign and p-values with three decimals', () => {
    expect(hundredths(0.1253, 'es-AR')).toBe('+0,13');
    expect(hundredths(0, 'es-AR')).toBe('0,00');
    expect(thousandths(0.05, 'en')).toBe('0.050');
  });
});

describe('differenceText', () => {
  const proportion = { indicator: 'alcohol_positivity', unit: 'ratio', method: 'proportion_difference' } as const;
  const rate = { indicator: 'operations_per_shift', unit: 'per_shift', method: 'rate_difference' } as const;
  const within = (estimate: number, low: number, high: number) => ({ difference: { estimate, interval: { low, high } } });
  const ofRates = { ...rate, ...within(1.25, 0.5, 2) };

  it.each([
    // A difference of shares in percentage points, with its interval.
    [{ ...proportion, ...within(0.062, 0.011, 0.113) }, 'es-AR', '+6,2 puntos (IC 95 %: +1,1 a +11,3)'],
    [{ ...proportion, ...within(0.062, 0.011, 0.113) }, 'en', '+6.2 points (95% CI: +1.1 to +11.3)'],
    // An interval across zero keeps both signs.
    [{ ...proportion, ...within(-0.02, -0.081, 0.04) }, 'es-AR', '-2,0 puntos (IC 95 %: -8,1 a +4,0)'],
    // A difference of rates in the indicator's unit.
    [ofRates, 'es-AR', '+1,3 por turno (IC 95 %: +0,5 a +2,0)'],
    // Counts are compared per day of each range; the court backlog, a stock, as counts.
    [{ ...ofRates, indicator: 'complaints_by_channel', unit: 'count' }, 'en', '+1.3 per day (95% CI: +0.5 to +2.0)'],
    [{ ...ofRates, indicator: 'court_backlog', unit: 'count' }, 'es-AR', '+1,3 (IC 95 %: +0,5 a +2,0)'],
  ] as const)('%o in %s → %s', (facts, locale, text) => {
    expect(differenceText(locale === 'en' ? en : es, facts, locale).replaceAll('−', '-')).toBe(text);
  });

  it('says why there is none', () => {
    expect(
      differenceText(es, { indicator: 'response_time', unit: 'minutes', method: 'not_comparable', difference: null }, 'es-AR'),
    ).toMatch(/^Este indicador no se compara/);
    expect(
      differenceText(es, { indicator: 'alcohol_positivity', unit: 'ratio', method: 'proportion_difference', difference: null }, 'es-AR'),
    ).toMatch(/^No se puede calcular/);
  });
});

describe('adequacyText', () => {
  it.each([
    ['too_small', 30, 'group', 'La muestra es demasiado chica para concluir (mínimo 30 por grupo).'],
    ['too_small', 30, 'variant', 'La muestra es demasiado chica para concluir (mínimo 30 por redacción).'],
    ['too_small', null, 'group', 'La muestra es demasiado chica para concluir.'],
    ['inconclusive', 30, 'group', 'La diferencia no es concluyente: el intervalo incluye el cero.'],
    ['conclusive', 30, 'variant', 'La diferencia es concluyente: el intervalo de confianza del 95 % no incluye el cero.'],
  ] as const)('%s (min %s, per %s)', (adequacy, min, per, text) => {
    expect(adequacyText(es, adequacy, min, per)).toBe(text);
    expect(adequacyText(en, adequacy, min, per)).not.toBe(text);
  });
});
