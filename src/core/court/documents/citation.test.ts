// The cédula de notificación y citación a audiencia, rendered from realistic data and read back with poppler.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CitationDocumentInput } from '../../../shared/court/documents/citation.ts';
import { tempDir } from '../../test-support/temp-dir.ts';
import { renderCitationPdf } from './citation.ts';
import { CASE_NUMBER, citationFixture } from './test-support/fixtures.ts';
import { outsideTheirPlace, overlaps, pdfPages, pdfToPng, pdfWords } from '../../pdf/test-support/poppler.ts';
import { COURT_BANDS } from './test-support/page-bands.ts';

const flat = (pages: readonly string[]) => pages.join(' ').replace(/\s+/g, ' ');

async function renderToFile(input: CitationDocumentInput, language?: 'es-AR' | 'en'): Promise<string> {
  const file = path.join(tempDir('court-doc-'), 'cedula.pdf');
  fs.writeFileSync(file, await renderCitationPdf(input, language ? { language } : {}));
  return file;
}

describe('cédula de notificación y citación a audiencia (PDF)', () => {
  it('notifies the case and the facts, summons to the hearing, offers voluntary payment and states the defence term', async () => {
    const pages = pdfPages(await renderToFile(citationFixture()));
    const text = flat(pages);
    expect(pages[0]).toContain('CÉDULA DE NOTIFICACIÓN');
    pages.forEach((page, i) => {
      expect(page, `page ${i + 1}`).toContain(CASE_NUMBER);
      expect(page, `page ${i + 1}`).toContain(`Página ${i + 1} de ${pages.length}`);
    });
    for (const item of [
      'Juan Ignacio Peralta, DNI 32.456.789',
      'Obispo Trejo 1142, 4.º B, barrio Nueva Córdoba',
      'ante el Juzgado Administrativo Municipal de Faltas N.º 3 tramita el expediente N.º TF-2026-000123',
      'acta de constatación N.º AC-2026-004512, labrada el sábado 14 de marzo de 2026',
      '14/03/2026, a las 02:40 h',
      'arrojó 0,82 g/L',
      'Art. 30, inc. c, Ordenanza de Tránsito (Ord. 10.216): conducir con una alcoholemia superior a la permitida',
      // The hearing.
      'Fecha viernes 15 de mayo de 2026',
      'Hora 09:30 h',
      'Lugar Sala 2, Av. Colón 350, planta baja, Córdoba',
      // The voluntary payment, while the discount applies.
      'Hasta el jueves 30 de abril de 2026 inclusive puede pagar voluntariamente la multa con un descuento del 40 %',
      'abonará $ 1.296.960,00 en lugar de $ 2.161.600,00',
      '200 UEM × $ 10.808,00 = $ 2.161.600,00',
      'El descuento se pierde si presenta descargo',
      // The defence and how to file it.
      'Hasta el lunes 27 de abril de 2026 inclusive (5 días hábiles desde la notificación)',
      'Ciudadano Digital (CiDi)',
      'en la mesa de entradas del Juzgado Administrativo Municipal de Faltas N.º 3, Av. Colón 350, planta baja, Córdoba, de lunes a viernes, de 8:30 a 13:30',
      'juzgadofaltas3@cordoba.gob.ar',
      'rebeldía',
      // Place, date and the clerk's signature; the receipt of a cédula handed over in person.
      'Córdoba, lunes 20 de abril de 2026.',
      'Ab. Martín Ezequiel Bustos',
      'FIRMADO el 20/04/2026 a las 10:55 h',
      'CONSTANCIA DE RECEPCIÓN',
    ])
      expect(text).toContain(item);
    expect(text).not.toContain('BORRADOR');
  });

  it('says when no voluntary payment applies, leaves out the receipt when not served in person, and marks a draft', async () => {
    const input = citationFixture();
    input.voluntaryPayment = null;
    input.delivery = 'cidi';
    input.signature = { status: 'draft' };
    const pages = pdfPages(await renderToFile(input));
    const text = flat(pages);
    expect(text).toContain('Para esta falta no corresponde el pago voluntario con descuento');
    expect(text).not.toContain('$ 1.296.960,00');
    expect(text).not.toContain('CONSTANCIA DE RECEPCIÓN');
    for (const page of pages) expect(page).toContain('BORRADOR — sin firma');
    expect(text).toContain('Sin firma');
  });

  it('draws nothing over anything else and nothing outside the margins', async () => {
    const words = pdfWords(await renderToFile(citationFixture()));
    expect(words.length).toBeGreaterThan(500);
    expect(overlaps(words)).toEqual([]);
    expect(outsideTheirPlace(words, COURT_BANDS)).toEqual([]);
  });

  it('renders page 1 to PNG', async () => {
    const pngs = pdfToPng(await renderToFile(citationFixture()), tempDir('court-png-'), { dpi: 60, first: 1, last: 1 });
    expect(pngs).toHaveLength(1);
    expect(fs.readFileSync(pngs[0]!).subarray(1, 4).toString('latin1')).toBe('PNG');
  });

  it('prints in English when asked', async () => {
    const text = flat(pdfPages(await renderToFile(citationFixture(), 'en')));
    expect(text).toContain('NOTICE OF PROCEEDINGS');
    expect(text).toContain('ARS 1,296,960.00 instead of ARS 2,161,600.00');
    expect(text).toContain('Page 1 of');
  });

  it('gives the same bytes for the same input', async () => {
    const [a, b] = await Promise.all([renderCitationPdf(citationFixture()), renderCitationPdf(citationFixture())]);
    expect(a.equals(b)).toBe(true);
  });
});
