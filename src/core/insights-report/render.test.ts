// The monthly report drawn from hand-made Dashboards (test-support/dashboards.ts) and read back with poppler: what
// a city official hands out — the headline with its interval and comparison, every indicator with its definition,
// chart and table, the caveat and page numbers on every page — in Spanish and in English, and a month without data.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Language } from '../../shared/api/prefs.ts';
import { INDICATOR_IDS } from '../../shared/api/insights.ts';
import { resources } from '../../shared/i18n/resources.ts';
import { outsideTheirPlace, overlaps, pdfPages, pdfToPng, pdfWords } from '../pdf/test-support/poppler.ts';
import { tempDir } from '../test-support/temp-dir.ts';
import { renderInsightsReportPdf } from './render.ts';
import type { MonthlyReport } from './report.ts';
import { emptyReportFixture, reportFixture } from './test-support/dashboards.ts';
import { REPORT_BANDS } from './test-support/page-bands.ts';

const flat = (pages: readonly string[]) => pages.join(' ').replace(/\s+/g, ' ');

async function renderToFile(report: MonthlyReport, language?: Language): Promise<string> {
  const file = path.join(tempDir('insights-report-'), 'informe.pdf');
  fs.writeFileSync(file, await renderInsightsReportPdf(report, language ? { language } : {}));
  return file;
}

describe('the monthly report (PDF)', () => {
  it('opens with the month, its scope and the headline against last month and last year, in Spanish', async () => {
    const pages = pdfPages(await renderToFile(reportFixture()));
    const first = pages[0]!.replace(/\s+/g, ' ');
    for (const item of [
      'MUNICIPALIDAD DE CÓRDOBA · PROGRAMA DE CONVIVENCIA',
      'Informe mensual · marzo de 2026',
      'INFORME MENSUAL DE INDICADORES Marzo de 2026',
      'ALCANCE Barrios Güemes y Nueva Córdoba',
      'PERÍODO Del 1 de marzo de 2026 al 31 de marzo de 2026',
      'REGISTROS 1.843 operativos, 2.310 hallazgos, 512 emplazamientos, 561 incidentes y 148 expedientes',
      'GENERADO 2 de abril de 2026, 10:15 h (hora de Córdoba)',
      'INDICADOR PRINCIPAL Cumplimiento sin sanción',
      '81,3 %',
      '390 de 480 emplazamientos con plazo vencido se cumplieron por el titular, sin acta',
      'Intervalo de confianza del 95 %: 77,5 % a 84,5 %',
      '2,2 puntos porcentuales más que en febrero de 2026 (79,1 %) y 11,2 puntos porcentuales más que en marzo de 2025 (70,1 %).',
      // The month at a glance: each indicator beside the month before and a year before.
      'Indicador Marzo de 2026 IC 95 % Febrero de 2026 Marzo de 2025',
      'Cumplimiento sin sanción 81,3 % 77,5–84,5 % 79,1 % 70,1 %',
      'Operativos por turno 2,4 por turno — 2,4 por turno 2,4 por turno',
      'Expedientes en trámite 312 — 312 312',
    ])
      expect(first).toContain(item);
    pages.forEach((page, i) => {
      expect(page, `page ${i + 1}`).toContain(`Página ${i + 1} de ${pages.length}`);
      expect(page.replace(/\s+/g, ' '), `page ${i + 1}`).toContain(
        'Datos observacionales: las cifras describen lo que registró el programa.',
      );
    });
  });

  it('explains every indicator of the Dashboard with its value, definition, chart and table', async () => {
    const pages = pdfPages(await renderToFile(reportFixture()));
    const text = flat(pages.slice(1));
    const words = resources['es-AR'].insights.indicator;
    INDICATOR_IDS.forEach((id, i) => {
      expect(text, id).toContain(`${i + 1}. ${words[id].name}`);
      expect(text, id).toContain(words[id].definition.replace(/\s+/g, ' ').slice(0, 60));
    });
    // The headline's chart: twelve months to March 2026 (a month without data says so), its table beside it.
    expect(text).toContain('Últimos 12 meses');
    expect(text).toMatch(/abr 2025 71,4 300 \/ 420/);
    expect(text).toMatch(/ene 2026 Sin datos 0 ?\/ ?0/);
    expect(text).toMatch(/mar 2026 81,3 390 \/ 480/);
    expect(text).toContain('s/d');
    // Breakdowns by channel and status, in the console's words for them; a median with how many it is of.
    expect(text).toContain('Desglose por canal');
    expect(text).toMatch(/Línea 103 212/);
    expect(text).toMatch(/Notificado 121 .*Con descargo 64/);
    expect(text).toContain('Mediana (minutos)');
    // A scope filter an indicator cannot apply is said next to it.
    expect(text).toContain('El filtro de barrio no se aplica a este indicador.');
  });

  it('prints in English when asked', async () => {
    const pages = pdfPages(await renderToFile(reportFixture(), 'en'));
    const text = flat(pages);
    for (const item of [
      'CITY OF CÓRDOBA · COEXISTENCE PROGRAM',
      'MONTHLY INDICATORS REPORT March 2026',
      'SCOPE Barrios Güemes and Nueva Córdoba',
      'GENERATED 2 April 2026, 10:15 (Córdoba time)',
      'Compliance without sanction',
      '81.3 %',
      '95 % confidence interval: 77.5 % to 84.5 %',
      '2.2 percentage points more than in February 2026 (79.1 %) and 11.2 percentage points more than in March 2025 (70.1 %).',
      'The last 12 months',
      'Observational data:',
    ])
      expect(text).toContain(item);
    expect(pages[0]).toContain(`Page 1 of ${pages.length}`);
    expect(text).not.toMatch(/Cumplimiento|Página/);
  });

  it('says so when the month has no data, and compares nothing', async () => {
    const pages = pdfPages(await renderToFile(emptyReportFixture()));
    const text = flat(pages);
    expect(pages).toHaveLength(1);
    expect(text).toContain('No hay registros de marzo de 2026 en este alcance');
    expect(text).toContain('REGISTROS 0 operativos, 0 hallazgos, 0 emplazamientos, 0 incidentes y 0 expedientes');
    expect(text).not.toContain('INDICADOR PRINCIPAL');
    expect(text).toContain('Página 1 de 1');
  });

  it('says when the headline has no value this month and when a month to compare with has none', async () => {
    const report = reportFixture();
    const withoutLastYear = { ...report, previousYear: emptyReportFixture().current };
    let text = flat(pdfPages(await renderToFile(withoutLastYear)));
    expect(text).toContain('2,2 puntos porcentuales más que en febrero de 2026 (79,1 %) y sin datos de marzo de 2025 para comparar.');
    const noHeadline = {
      ...report,
      current: {
        ...report.current,
        indicators: report.current.indicators.map((i) =>
          i.id === 'compliance_without_sanction' ? { ...i, value: null, interval: null } : i,
        ),
      },
    };
    text = flat(pdfPages(await renderToFile(noHeadline)));
    expect(text).toContain('Sin datos: en este alcance no venció en marzo de 2026 el plazo de ningún emplazamiento notificado.');
    expect(text).toContain('Sin el dato de este mes no hay comparación con febrero de 2026 ni con marzo de 2025.');
  });

  it('marks a month still running as provisional', async () => {
    const report = { ...reportFixture(), generatedAt: Date.parse('2026-03-20T15:00:00Z') };
    expect(flat(pdfPages(await renderToFile(report)))).toContain(
      'Del 1 de marzo de 2026 al 31 de marzo de 2026 (mes en curso: cifras provisorias)',
    );
  });

  it('draws nothing over anything else and nothing outside the margins, charts included, with vectors only', async () => {
    const file = await renderToFile(reportFixture());
    const words = pdfWords(file);
    expect(words.length).toBeGreaterThan(1500);
    expect(overlaps(words)).toEqual([]);
    expect(outsideTheirPlace(words, REPORT_BANDS)).toEqual([]);
    // The charts are PDF paths and text (the file is uncompressed: pdf.ts), never an embedded picture.
    expect(fs.readFileSync(file, 'latin1')).not.toContain('/Subtype /Image');
  });

  it('renders page 1 to PNG', async () => {
    const pngs = pdfToPng(await renderToFile(reportFixture()), tempDir('insights-report-png-'), { dpi: 60, first: 1, last: 1 });
    expect(pngs).toHaveLength(1);
    const png = fs.readFileSync(pngs[0]!);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(Math.ceil((595.28 / 72) * 60)); // A4 width at 60 dpi
  });

  it('gives the same bytes for the same input', async () => {
    const [a, b] = await Promise.all([renderInsightsReportPdf(reportFixture()), renderInsightsReportPdf(reportFixture())]);
    expect(a.equals(b)).toBe(true);
  });
});
