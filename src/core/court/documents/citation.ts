// The cédula de notificación y citación a audiencia as a PDF (docs/DOMAIN.md, Court procedure). Validates the
// input, lays out the notice, then draws the page furniture over every page and returns the bytes. Pure apart from
// PDFKit: no clock, no file, no network.
import { CitationDocumentSchema, type CitationDocument } from '../../../shared/court/documents/citation.ts';
import { Flow } from '../../pdf/flow.ts';
import { drawFurniture } from './layout/furniture.ts';
import { createPdf, finish } from '../../pdf/pdf.ts';
import { COURT_FLOW, COURT_PAGE } from './layout/page.ts';
import { Typesetter } from '../../pdf/typesetter.ts';
import type { RenderOptions } from './options.ts';
import { signature } from './sections/citation-signature.ts';
import { addressee, caseData, facts, hearing } from './sections/citation-summons.ts';
import { defence, notes, payment } from './sections/citation-terms.ts';
import { titleBlock } from './sections/common.ts';
import { createContext } from './sections/context.ts';
import { DEFAULT_LANGUAGE, translator } from './text/translator.ts';
import { parseInput } from './validate.ts';

/** Renders a cédula. Throws CourtDocumentInputError (and writes nothing) when the input is invalid. */
export async function renderCitationPdf(input: unknown, options: RenderOptions = {}): Promise<Buffer> {
  const doc: CitationDocument = parseInput(CitationDocumentSchema, input, 'citation');
  const language = options.language ?? DEFAULT_LANGUAGE;
  const t = translator(language);
  const pdf = createPdf(
    {
      title: t('citation.metaTitle', { caseNumber: doc.caseNumber }),
      author: doc.court.name,
      subject: `${t('citation.title')} ${t('citation.subtitle')}`,
      keywords: [doc.caseNumber, doc.acta.number],
      createdAt: doc.issuedAt,
      language,
    },
    COURT_PAGE,
  );
  const ctx = createContext(new Flow(new Typesetter(pdf), COURT_FLOW), t, language);

  titleBlock(ctx, t('citation.title'), t('citation.subtitle'), t('common.caseLine', { caseNumber: doc.caseNumber }));
  addressee(ctx, doc);
  caseData(ctx, doc);
  facts(ctx, doc);
  hearing(ctx, doc);
  payment(ctx, doc);
  defence(ctx, doc);
  signature(ctx, doc, notes(ctx));

  drawFurniture(ctx.ts, {
    institution: [t('header.municipality'), t('header.tribunal')],
    court: doc.court.name,
    caseLabel: t('header.caseLabel'),
    caseNumber: doc.caseNumber,
    title: t('citation.footerTitle'),
    pageLabel: (page, pages) => t('footer.page', { page, pages }),
    ...(doc.signature.status === 'draft' ? { draft: { footer: t('footer.draft'), watermark: t('watermark') } } : {}),
  });
  return finish(pdf);
}
