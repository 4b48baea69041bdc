import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TrialReport } from '../../../../shared/api/insights.ts';
import { studiesT } from '../compare/test-support/studies-t.ts';
import type { InsightsT } from '../insights-t.ts';
import { insightsT } from '../test-support/insights-t.ts';
import { balanceText, cohenHText, effectConclusion, effectText, tooSmallText, variantShareText } from './trial-text.ts';

let es: TFunction<'insightsStudies'>;
let en: TFunction<'insightsStudies'>;
let esI: InsightsT;
let enI: InsightsT;
beforeAll(async () => {
  es = await studiesT('es-AR');
  en = await studiesT('en');
  esI = await insightsT('es-AR');
  enI = await insightsT('en');
});

const variant = (notified: number, decided: number, complied: number) => ({
  key: 'a',
  label: 'Formal',
  notified,
  decided,
  complied,
  share: decided === 0 ? null : complied / decided,
  interval: decided === 0 ? null : { low: 0.246, high: 0.577 },
});

describe('variantShareText', () => {
  it('a share with its interval', () => {
    expect(variantShareText(es, esI, variant(40, 30, 12), 'es-AR')).toBe('40 % (IC 95 %: 24,6–57,7 %)');
    expect(variantShareText(en, enI, variant(40, 30, 12), 'en')).toBe('40% (95% CI: 24.6–57.7%)');
  });

  it('says when no deadline has passed yet', () => {
    expect(variantShareText(es, esI, variant(3, 0, 0), 'es-AR')).toBe('Ningún plazo venció todavía');
  });
});

describe('effects', () => {
  it('writes the difference in points with its interval, and Cohen’s h', () => {
    expect(effectText(es, { difference: 0.062, interval: { low: 0.011, high: 0.113 } }, 'es-AR')).toBe(
      '+6,2 puntos (IC 95 %: +1,1 a +11,3)',
    );
    expect(effectText(es, { difference: null, interval: null }, 'es-AR')).toBe('No se puede calcular: falta al menos un grupo con datos.');
    expect(cohenHText(0.1253, 'es-AR')).toBe('+0,13');
    expect(cohenHText(-0.5, 'en').replace('−', '-')).toBe('-0.50');
    expect(cohenHText(null, 'es-AR')).toBe('—');
  });

  it('says whether each effect concludes', () => {
    expect(effectConclusion(es, { adequacy: 'too_small' }, 30)).toBe(
      'La muestra es demasiado chica para concluir (mínimo 30 por redacción).',
    );
    expect(effectConclusion(es, { adequacy: 'inconclusive' }, 30)).toBe('La diferencia no es concluyente: el intervalo incluye el cero.');
  });

  it('opens with "too small" when any effect is', () => {
    const effect = { key: 'b', against: 'a', difference: null, interval: null, cohenH: null };
    expect(
      tooSmallText(
        es,
        {
          effects: [
            { ...effect, adequacy: 'conclusive' },
            { ...effect, adequacy: 'too_small' },
          ],
        },
        30,
      ),
    ).toBe('La muestra es demasiado chica para concluir (mínimo 30 por redacción).');
    expect(tooSmallText(es, { effects: [{ ...effect, adequacy: 'inconclusive' }] }, 30)).toBeNull();
  });
});

describe('balanceText', () => {
  const report = (counts: number[], chiSquare: number, pValue: number): Pick<TrialReport, 'variants' | 'balance'> => ({
    variants: counts.map((n) => variant(n, 0, 0)),
    balance: { chiSquare, pValue },
  });

  it.each([
    [[0, 0], 0, 1, 'Todavía no se notificó ningún emplazamiento dentro de la prueba.'],
    [[52, 48], 0.16, 0.6892, 'El reparto entre redacciones es el esperado (chi cuadrado = 0,2; p = 0,689).'],
    // Exactly at 5 %: not flagged (a fair draw is that uneven 5 % of the time).
    [[60, 40], 3.84, 0.05, 'El reparto entre redacciones es el esperado (chi cuadrado = 3,8; p = 0,050).'],
    [[70, 30], 16, 0.0000633, 'El reparto difiere de lo esperado: revisar (chi cuadrado = 16; p < 0,001).'],
  ])('%j', (counts, chi, p, text) => {
    expect(balanceText(es, report(counts, chi, p), 'es-AR')).toBe(text);
  });

  it('in English too', () => {
    expect(balanceText(en, report([70, 30], 16, 0.0000633), 'en')).toBe(
      'The split differs from what was expected: check it (chi-square = 16; p < 0.001).',
    );
  });
});
