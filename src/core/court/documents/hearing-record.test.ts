// The acta de audiencia, rendered from realistic data and read back with poppler (pdftotext, pdftoppm): the key
// items are there, in es-AR formats with their accents; every page says which case it belongs to and which page of
// how many it is; a 20,000-character statement flows over pages; nothing is drawn over anything else or outside
// the margins; same input, same bytes.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { HearingRecordDocumentInput } from '../../../shared/court/documents/hearing-record.ts';
import { tempDir } from '../../test-support/temp-dir.ts';
import { renderHearingRecordPdf } from './hearing-record.ts';
import { CASE_NUMBER, hearingRecordFixture, longStatement } from './test-support/fixtures.ts';
import { outsideTheirPlace, overlaps, pdfPages, pdfToPng, pdfWords } from '../../pdf/test-support/poppler.ts';
import { COURT_BANDS } from './test-support/page-bands.ts';

/** All pages as one line of text: phrases are found whatever line they were broken on. */
const flat = (pages: readonly string[]) => pages.join(' ').replace(/\s+/g, ' ');

async function renderToFile(input: HearingRecordDocumentInput, name: string, language?: 'es-AR' | 'en'): Promise<string> {
  const file = path.join(tempDir('court-doc-'), name);
  fs.writeFileSync(file, await renderHearingRecordPdf(input, language ? { language } : {}));
  return file;
}

function withStatement(text: string): HearingRecordDocumentInput {
  const input = hearingRecordFixture();
  input.statement = { given: true, by: 'Juan Ignacio Peralta', text };
  return input;
}

describe('acta de audiencia (PDF)', () => {
  it('prints the case, the parties, the resolution with its amounts and the signatures, in es-AR', async () => {
    const pages = pdfPages(await renderToFile(hearingRecordFixture(), 'acta.pdf'));
    const text = flat(pages);
    expect(pages.length).toBeGreaterThanOrEqual(2);
    expect(pages[0]).toContain('ACTA DE AUDIENCIA');
    expect(pages[0]).toMatch(new RegExp(`Página 1 de ${pages.length}`));
    for (const item of [
      'Juzgado Administrativo Municipal de Faltas N.º 3',
      'Dra. María Laura Ferreyra',
      'Ab. Martín Ezequiel Bustos',
      'viernes 15 de mayo de 2026',
      'de 09:30 h a 10:20 h',
      'Juan Ignacio Peralta, DNI 32.456.789',
      'Ab. Lucía Belén Quinteros',
      'Presente a distancia',
      'con DNI N.º 32.456.789',
      'No se requirió intérprete.',
      'Dräger Alcotest 7510',
      'Concedida la palabra, Juan Ignacio Peralta manifiesta:',
      'RESUELVE:',
      'MULTA de 200 UEM',
      '$ 10.808,00 por UEM',
      '$ 2.161.600,00',
      '200 UEM × $ 10.808,00 = $ 2.161.600,00',
      '$ 540.400,00',
      'CAPACITACIÓN',
      'Art. 30, inc. c, Ordenanza de Tránsito (Ord. 10.216)',
      'Cámara de Apelaciones de Faltas hasta el viernes 22 de mayo de 2026',
      'FIRMADO el 15/05/2026 a las 10:42 h',
      'FIRMADO el 15/05/2026 a las 10:40 h',
      'FIRMADO el 15/05/2026 a las 10:38 h',
      'Compareciente',
      'Córdoba',
      'audiencia',
      'Juzgado',
    ])
      expect(text).toContain(item);
    expect(text).not.toContain('BORRADOR');
    expect(text).not.toContain('?');
    // Numbered sections, in order.
    const headings = [...pages.join('\n').matchAll(/^\s*(\d+)\. ([A-ZÁÉÍÓÚÑ ]+)$/gm)].map((m) => `${m[1]}. ${m[2]!.trim()}`);
    expect(headings).toEqual([
      '1. DATOS DEL EXPEDIENTE',
      '2. COMPARECIENTES',
      '3. VERIFICACIÓN DE IDENTIDAD',
      '4. INTÉRPRETE',
      '5. HECHOS IMPUTADOS',
      '6. DESCARGO',
      '7. PRUEBA',
      '8. RESOLUCIÓN',
      '9. FUNDAMENTO LEGAL',
      '10. MONTOS Y PLAZOS',
      '11. FIRMAS',
    ]);
  });

  it('renders page 1 to PNG', async () => {
    const file = await renderToFile(hearingRecordFixture(), 'acta.pdf');
    const out = tempDir('court-png-');
    const pngs = pdfToPng(file, out, { dpi: 60, first: 1, last: 1 });
    expect(pngs).toHaveLength(1);
    const png = fs.readFileSync(pngs[0]!);
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(png.readUInt32BE(16)).toBe(Math.ceil((595.28 / 72) * 60)); // A4 width at 60 dpi, in whole pixels
  });

  it('flows a 20,000-character statement over more pages, every page with the case number and "Página N de M"', async () => {
    const statement = longStatement(20_000);
    expect(statement.length).toBeGreaterThan(19_900);
    const short = pdfPages(await renderToFile(hearingRecordFixture(), 'short.pdf'));
    const pages = pdfPages(await renderToFile(withStatement(statement), 'long.pdf'));
    expect(pages.length).toBeGreaterThan(short.length + 3);
    pages.forEach((page, i) => {
      expect(page, `page ${i + 1}`).toContain(CASE_NUMBER);
      expect(page, `page ${i + 1}`).toContain(`Página ${i + 1} de ${pages.length}`);
    });
    // The whole statement is there: every word of it, in order.
    const body = flat(pages);
    const words = statement.replace(/\s+/g, ' ').split(' ');
    let at = 0;
    for (const word of words) {
      const next = body.indexOf(word, at);
      expect(next, `word "${word}"`).toBeGreaterThanOrEqual(0);
      at = next + word.length;
    }
    // The resolution and the signatures still come after it.
    expect(pages.at(-1)).toContain('FIRMAS');
  });

  it('draws nothing over anything else and nothing outside the margins', async () => {
    const words = pdfWords(await renderToFile(withStatement(longStatement(8_000)), 'layout.pdf'));
    expect(words.length).toBeGreaterThan(1000);
    expect(overlaps(words)).toEqual([]);
    expect(outsideTheirPlace(words, COURT_BANDS)).toEqual([]);
  });

  it('cuts a hostile run of 20,000 letters without spaces into lines that stay inside the margins', async () => {
    const file = await renderToFile(withStatement('x'.repeat(20_000)), 'run.pdf');
    const pages = pdfPages(file);
    expect(pages.length).toBeGreaterThan(3);
    expect(flat(pages).match(/x/g)!.length).toBeGreaterThanOrEqual(20_000);
    expect(outsideTheirPlace(pdfWords(file), COURT_BANDS)).toEqual([]);
  });

  it('marks an unsigned record as a draft on every page and under every signature line', async () => {
    const input = hearingRecordFixture();
    input.signatures = { status: 'draft' };
    const pages = pdfPages(await renderToFile(input, 'draft.pdf'));
    for (const page of pages) expect(page).toContain('BORRADOR — sin firma');
    const last = pages.at(-1)!;
    expect(last).toContain('BORRADOR — sin firma. Este documento no tiene validez');
    expect(last.match(/Sin firma/g)).toHaveLength(3);
    expect(last).not.toContain('FIRMADO');
  });

  it('prints a refusal to sign, a company offender and an interpreter', async () => {
    const input = hearingRecordFixture();
    input.offender = {
      kind: 'company',
      name: 'Bar El Molino S.R.L.',
      cuit: '30-71234567-1',
      representative: { fullName: 'Graciela Noemí Ludueña', dni: '20111222' },
    };
    input.interpreter = { needed: true, fullName: 'Paula Andrea Sosa', language: 'lengua de señas argentina' };
    input.signatures = {
      status: 'signed',
      judgeSignedAt: hearingRecordFixture().hearing.endedAt as number,
      clerkSignedAt: hearingRecordFixture().hearing.endedAt as number,
      offender: 'refused',
    };
    const text = flat(pdfPages(await renderToFile(input, 'company.pdf')));
    expect(text).toContain('Bar El Molino S.R.L., CUIT 30-71234567-1, representada por Graciela Noemí Ludueña (DNI 20.111.222)');
    expect(text).toContain('Interviene como intérprete de lengua de señas argentina Paula Andrea Sosa');
    expect(text).toContain('Por Bar El Molino S.R.L.');
    expect(text).toContain('Se negó a firmar');
  });

  it('writes letters the standard fonts lack as their closest WinAnsi form, never as garbage', async () => {
    const text = flat(
      pdfPages(await renderToFile(withStatement('Soy Łukasz Doğan, vivo en Kraków 👍. Pagué ≥ 50 % — “sí”.'), 'letters.pdf')),
    );
    expect(text).toContain('Soy Lukasz Dogan, vivo en Kraków ?. Pagué >= 50 % — “sí”.');
  });

  it('prints in English when asked, with the same data', async () => {
    const pages = pdfPages(await renderToFile(hearingRecordFixture(), 'en.pdf', 'en'));
    const text = flat(pages);
    expect(text).toContain('HEARING RECORD');
    expect(text).toContain(`Page 1 of ${pages.length}`);
    expect(text).toContain('ARS 2,161,600.00');
    expect(text).toContain('Friday 15 May 2026');
    expect(text).not.toContain('Página');
  });

  it('gives the same bytes for the same input, with the creation date taken from the input', async () => {
    const [a, b] = await Promise.all([renderHearingRecordPdf(hearingRecordFixture()), renderHearingRecordPdf(hearingRecordFixture())]);
    expect(a.equals(b)).toBe(true);
    // Issued 15/05/2026 10:45 in Córdoba (UTC−3): PDFKit writes the date in UTC.
    expect(a.toString('latin1')).toContain('(D:20260515134500Z)');
    const later = hearingRecordFixture();
    later.issuedAt = (later.issuedAt as number) + 60_000;
    expect((await renderHearingRecordPdf(later)).equals(a)).toBe(false);
  });
});
