// The acta de audiencia as a PDF (docs/DOMAIN.md, Court procedure). Validates the input, lays out the record
// section by section, then draws the page furniture over every page and returns the bytes. Pure apart from PDFKit:
// no clock, no file, no network — the caller decides where the bytes go (write-file.ts writes them safely).
import { HearingRecordDocumentSchema, type HearingRecordDocument } from '../../../shared/court/documents/hearing-record.ts';
import { Flow } from '../../pdf/flow.ts';
import type { RenderOptions } from './options.ts';
import { drawFurniture } from './layout/furniture.ts';
import { createPdf, finish } from '../../pdf/pdf.ts';
import { COURT_FLOW, COURT_PAGE } from './layout/page.ts';
import { Typesetter } from '../../pdf/typesetter.ts';
import { titleBlock } from './sections/common.ts';
import { createContext } from './sections/context.ts';
import { caseData, facts, identity, interpreter, opening, parties } from './sections/hearing-opening.ts';
import { amounts, legalBasis, resolution } from './sections/hearing-resolution.ts';
import { signatures } from './sections/hearing-signatures.ts';
import { evidence, statement } from './sections/hearing-statement.ts';
import { DEFAULT_LANGUAGE, translator } from './text/translator.ts';
import { parseInput } from './validate.ts';

/** Renders an acta de audiencia. Throws CourtDocumentInputError (and writes nothing) when the input is invalid. */
export async function renderHearingRecordPdf(input: unknown, options: RenderOptions = {}): Promise<Buffer> {
  const doc: HearingRecordDocument = parseInput(HearingRecordDocumentSchema, input, 'hearing_record');
  const language = options.language ?? DEFAULT_LANGUAGE;
  const t = translator(language);
  const pdf = createPdf(
    {
      title: t('hearing.metaTitle', { caseNumber: doc.caseNumber }),
      author: doc.court.name,
      subject: t('hearing.title'),
      keywords: [doc.caseNumber, doc.acta.number],
      createdAt: doc.issuedAt,
      language,
    },
    COURT_PAGE,
  );
  const ctx = createContext(new Flow(new Typesetter(pdf), COURT_FLOW), t, language);

  titleBlock(ctx, t('hearing.title'), undefined, t('common.caseLine', { caseNumber: doc.caseNumber }));
  opening(ctx, doc);
  caseData(ctx, doc);
  parties(ctx, doc);
  identity(ctx, doc);
  interpreter(ctx, doc);
  facts(ctx, doc);
  statement(ctx, doc);
  evidence(ctx, doc);
  resolution(ctx, doc);
  legalBasis(ctx, doc);
  amounts(ctx, doc);
  signatures(ctx, doc);

  drawFurniture(ctx.ts, {
    institution: [t('header.municipality'), t('header.tribunal')],
    court: doc.court.name,
    caseLabel: t('header.caseLabel'),
    caseNumber: doc.caseNumber,
    title: t('hearing.footerTitle'),
    pageLabel: (page, pages) => t('footer.page', { page, pages }),
    ...(doc.signatures.status === 'draft' ? { draft: { footer: t('footer.draft'), watermark: t('watermark') } } : {}),
  });
  return finish(pdf);
}
