import { beforeAll, describe, expect, it } from 'vitest';
import type { IndicatorValue } from '../../../../shared/api/insights.ts';
import type { InsightsT } from '../insights-t.ts';
import { complaints, compliance, operationsPerShift, responseTime } from '../test-support/indicators.ts';
import { insightsT } from '../test-support/insights-t.ts';
import { breakdownLabel } from './breakdown-label.ts';
import { chartSeries, chartSummary, indicatorCsv, indicatorTable } from './chart-data.ts';

let es: InsightsT;
let en: InsightsT;

beforeAll(async () => {
  es = await insightsT('es-AR');
  en = await insightsT('en');
});

const plain = (text: string) => text.replace(/\u00a0/g, ' ');
const plainCells = (cells: readonly string[]) => cells.map(plain);

describe('breakdownLabel', () => {
  it.each<[IndicatorValue['breakdown']['by'], string, string, string]>([
    ['month', '2026-03', 'mar 2026', 'Mar 2026'],
    ['channel', 'line_103', 'Línea 103', 'Line 103'],
    ['status', 'hearing_scheduled', 'Audiencia programada', 'Hearing scheduled'],
    ['category', 'vacant_lot', 'Baldíos y veredas', 'Vacant lots and pavements'],
    ['category', 'pavement', 'Vereda', 'Pavement'],
    ['shift', 'night', 'Noche', 'Night'],
    ['channel', 'telegram', 'telegram', 'telegram'],
    ['month', '2026-13', '2026-13', '2026-13'],
  ])('%s %s → %s / %s', (by, key, spanish, english) => {
    expect(breakdownLabel(by, key, es, 'es-AR')).toBe(spanish);
    expect(breakdownLabel(by, key, en, 'en')).toBe(english);
  });
});

describe('chartSeries', () => {
  it('puts shares on the 0–100 scale and leaves a gap where there is nothing to count', () => {
    expect(chartSeries(compliance, es, 'es-AR')).toEqual({ labels: ['ene 2026', 'feb 2026', 'mar 2026'], values: [75, 0, null] });
  });

  it('keeps counts as they are', () => {
    expect(chartSeries(complaints, en, 'en')).toEqual({ labels: ['WhatsApp', 'Line 103', 'telegram'], values: [1000, 234, 0] });
  });
});

describe('indicatorTable', () => {
  it('a share: each month with its numerator and denominator, and the period’s total as on the card', () => {
    const table = indicatorTable(compliance, es, 'es-AR');
    expect(table.caption).toBe('Cumplimiento sin sanción por mes');
    expect(table.headers).toEqual(['Mes', 'Porcentaje (%)', 'Cumplidos por el titular', 'Emplazamientos con plazo vencido']);
    expect(table.rows.map((row) => plainCells(row.cells))).toEqual([
      ['ene 2026', '75 %', '3', '4'],
      ['feb 2026', '0 %', '0', '1'],
      ['mar 2026', 'Sin datos', '0', '0'],
    ]);
    expect(plainCells(table.total)).toEqual(['Total del período', '60 %', '3', '5']);
  });

  it('a count has no numerator or denominator columns', () => {
    const table = indicatorTable(complaints, en, 'en');
    expect(table.headers).toEqual(['Channel', 'Count']);
    expect(table.rows.map((row) => row.cells)).toEqual([
      ['WhatsApp', '1,000'],
      ['Line 103', '234'],
      ['telegram', '0'],
    ]);
    expect(table.total).toEqual(['Total for the period', '1,234']);
  });

  it('a median says how many it is the median of; a rate per shift its two counts', () => {
    expect(indicatorTable(responseTime, es, 'es-AR').headers).toEqual(['Mes', 'Mediana (minutos)', 'Incidentes con unidad en el lugar']);
    expect(indicatorTable(responseTime, es, 'es-AR').total).toEqual(['Total del período', '18,3 min', '40']);
    expect(indicatorTable(operationsPerShift, es, 'es-AR').rows[0]?.cells).toEqual(['Noche', '3 por turno', '12', '4']);
  });

  it('a row without a numerator shows a dash, not a zero', () => {
    const indicator: IndicatorValue = { ...compliance, breakdown: { by: 'month', rows: [{ key: '2026-01', value: 0.5 }] } };
    expect(indicatorTable(indicator, es, 'es-AR').rows[0]?.cells.slice(2)).toEqual(['—', '—']);
  });
});

describe('indicatorCsv', () => {
  it('is the table in the console’s CSV format: BOM, ";", CRLF, quoted fields, decimal comma in Spanish', () => {
    expect(indicatorCsv(compliance, es, 'es-AR')).toBe(
      '\uFEFF' +
        '"Mes";"Porcentaje (%)";"Cumplidos por el titular";"Emplazamientos con plazo vencido"\r\n' +
        '"ene 2026";"75";"3";"4"\r\n' +
        '"feb 2026";"0";"0";"1"\r\n' +
        '"mar 2026";"";"0";"0"\r\n' +
        '"Total del período";"60";"3";"5"\r\n',
    );
  });

  it('rounds to one decimal on the table’s scale; English keeps the decimal point', () => {
    const indicator: IndicatorValue = { ...compliance, value: 0.61234, breakdown: { by: 'month', rows: [] } };
    expect(indicatorCsv(indicator, es, 'es-AR').split('\r\n')[1]).toBe('"Total del período";"61,2";"3";"5"');
    expect(indicatorCsv(indicator, en, 'en').split('\r\n')[1]).toBe('"Total for the period";"61.2";"3";"5"');
    expect(indicatorCsv(responseTime, en, 'en').split('\r\n')[1]).toBe('"Jan 2026";"18.3";"40"');
  });

  it('defuses a label that Excel would read as a formula', () => {
    const indicator: IndicatorValue = { ...complaints, breakdown: { by: 'channel', rows: [{ key: '=HYPERLINK("x")', value: 1 }] } };
    expect(indicatorCsv(indicator, es, 'es-AR').split('\r\n')[1]).toBe(`"'=HYPERLINK(""x"")";"1"`);
  });
});

describe('chartSummary', () => {
  it('names what is plotted, how many points, the first and the last', () => {
    expect(plain(chartSummary(compliance, es, 'es-AR'))).toBe(
      'Cumplimiento sin sanción por mes: 3 valores, de ene 2026: 75 % a mar 2026: Sin datos. Los datos están en la tabla.',
    );
    expect(chartSummary(responseTime, en, 'en')).toBe('Response time by month: 1 value. The data are in the table.');
  });
});
