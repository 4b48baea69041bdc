import { beforeAll, describe, expect, it } from 'vitest';
import type { IndicatorUnit, IndicatorValue } from '../../../shared/api/insights.ts';
import { basisText, intervalText, notAppliedText, ruleText, shownValueText, unappliedDimensions, unitValueText } from './indicator-text.ts';
import type { InsightsT } from './insights-t.ts';
import { complaints, compliance, operationsPerShift, responseTime } from './test-support/indicators.ts';
import { insightsT } from './test-support/insights-t.ts';

let es: InsightsT;
let en: InsightsT;

beforeAll(async () => {
  es = await insightsT('es-AR');
  en = await insightsT('en');
});

// Intl puts a no-break space between a number and " %"; the tests read it as a plain space.
const plain = (text: string | null) => text?.replace(/\u00a0/g, ' ') ?? null;

describe('unitValueText', () => {
  it.each<[IndicatorUnit, number | null, string, string]>([
    ['ratio', 0.75, '75 %', '75%'],
    ['ratio', 0.7534, '75,3 %', '75.3%'],
    ['ratio', 0.03249, '3,2 %', '3.2%'],
    ['ratio', 0, '0 %', '0%'],
    ['ratio', 1, '100 %', '100%'],
    ['count', 1234, '1.234', '1,234'],
    ['count', 0, '0', '0'],
    ['per_shift', 2.4444, '2,4 por turno', '2.4 per shift'],
    ['minutes', 18.25, '18,3 min', '18.3 min'],
    ['days', 42, '42 días', '42 days'],
    ['ratio', null, 'Sin datos', 'No data'],
  ])('%s %s → «%s» / «%s»', (unit, value, spanish, english) => {
    expect(plain(unitValueText(unit, value, es, 'es-AR'))).toBe(spanish);
    expect(plain(unitValueText(unit, value, en, 'en'))).toBe(english);
  });

  it('a chart axis value is already a percentage', () => {
    expect(plain(shownValueText('ratio', 40, es, 'es-AR'))).toBe('40 %');
  });
});

describe('intervalText', () => {
  it('writes a share’s 95 % interval as percentages', () => {
    const indicator: IndicatorValue = { ...compliance, interval: { low: 0.71, high: 0.79 } };
    expect(intervalText(indicator, es, 'es-AR')).toBe('IC 95 %: 71–79 %');
    expect(intervalText(indicator, en, 'en')).toBe('95% CI: 71–79%');
    expect(intervalText(compliance, es, 'es-AR')).toBe('IC 95 %: 23,1–88,2 %');
  });

  it('has none without an interval or for other units', () => {
    expect(intervalText({ ...compliance, interval: null }, es, 'es-AR')).toBeNull();
    expect(intervalText(complaints, es, 'es-AR')).toBeNull();
  });
});

describe('basisText', () => {
  it('says the numerator and denominator in words', () => {
    expect(basisText(compliance, es, 'es-AR')).toBe('3 de 5 emplazamientos con plazo vencido se cumplieron por el titular, sin acta');
    expect(basisText(compliance, en, 'en')).toBe('3 of 5 notices past their deadline were complied with by the owner, without an acta');
    expect(basisText(operationsPerShift, es, 'es-AR')).toBe('22 operativos realizados en 9 turnos');
    expect(basisText(responseTime, es, 'es-AR')).toBe('Mediana de 40 incidentes con una unidad en el lugar');
    expect(basisText({ ...complaints, numerator: 12345 }, es, 'es-AR')).toBe('12.345 denuncias recibidas');
  });

  it('is absent when nothing was counted', () => {
    expect(basisText({ ...compliance, numerator: null, denominator: null }, es, 'es-AR')).toBeNull();
  });
});

describe('filters that do not apply', () => {
  const filter = { from: '2026-01-01', to: '2026-03-31' };

  it('names only the chosen dimensions the indicator cannot be split by, in the filter’s order', () => {
    expect(unappliedDimensions(compliance, filter)).toEqual([]);
    expect(unappliedDimensions(compliance, { ...filter, barrios: ['Alberdi'], channels: ['whatsapp'] })).toEqual(['channels']);
    expect(unappliedDimensions(complaints, { ...filter, channels: [], categories: ['noise'], operationTypes: ['noise_check'] })).toEqual([
      'operationTypes',
      'categories',
    ]);
  });

  it('says so in a sentence, singular or plural', () => {
    expect(notAppliedText(compliance, filter, es, 'es-AR')).toBeNull();
    expect(notAppliedText(compliance, { ...filter, channels: ['whatsapp'] }, es, 'es-AR')).toBe(
      'El filtro de canal de la denuncia no se aplica a este indicador.',
    );
    expect(notAppliedText(complaints, { ...filter, categories: ['noise'], operationTypes: ['noise_check'] }, es, 'es-AR')).toBe(
      'Los filtros de tipo de operativo y tipo de falta no se aplican a este indicador.',
    );
    expect(notAppliedText(complaints, { ...filter, categories: ['noise'], operationTypes: ['noise_check'] }, en, 'en')).toBe(
      'The operation type and offence category filters do not apply to this indicator.',
    );
  });
});

describe('ruleText', () => {
  const rules = { warningFollowUpMonths: 6, repeatOffenderFindings: 2, repeatWindowMonths: 12, minSample: 30 };

  it('says the counting rule in force for the indicators that have one', () => {
    expect(ruleText({ ...compliance, id: 'warnings_not_followed' }, rules, es)).toBe(
      'Normativa vigente: 6 meses de seguimiento desde cada advertencia.',
    );
    expect(ruleText({ ...compliance, id: 'repeat_offenders' }, rules, en)).toBe(
      'Rules in force: an offender repeats with 2 or more notices or actas within 12 months.',
    );
    expect(ruleText(compliance, rules, es)).toBeNull();
  });
});
