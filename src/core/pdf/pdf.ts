// Runs in: Node. A PDFKit document set up for the console's printed documents, and its bytes. Deterministic: PDFKit
// derives the file ID from the info dictionary and stamps the creation date from the clock unless told otherwise, so
// the creation and modification dates come from the input (the document's issue time). Same input, same bytes — a
// test can compare two runs, and a document printed twice is the same document.
import PDFDocument from 'pdfkit';
import type { Language } from '../../shared/api/prefs.ts';
import { A4, type Frame } from './page.ts';

export interface PdfMeta {
  readonly title: string;
  readonly author: string;
  readonly subject: string;
  readonly keywords: readonly string[];
  /** Epoch ms of the document's issue: its creation date. */
  readonly createdAt: number;
  readonly language: Language;
}

/** The document kind's page: the frame of its running text (PDFKit's margins) and the font PDFKit starts with. */
export interface PdfPage {
  readonly frame: Frame;
  readonly font: string;
}

export function createPdf(meta: PdfMeta, page: PdfPage): PDFKit.PDFDocument {
  const createdAt = new Date(meta.createdAt);
  const { frame } = page;
  return new PDFDocument({
    size: [A4.width, A4.height],
    margins: { top: frame.top, left: frame.left, right: A4.width - frame.right, bottom: A4.height - frame.bottom },
    // Pages stay in memory until the end, so the furniture ("Página N de M") can be drawn on each once M is known.
    bufferPages: true,
    // Uncompressed: PDFKit deflates with the runtime's native zlib, and Electron's zlib and Node's are different
    // builds that need not compress alike. Without it the desktop app and browser mode write the same bytes; a
    // four-page acta is about 60 KB, nine pages 180 KB.
    compress: false,
    lang: meta.language,
    displayTitle: true,
    font: page.font,
    // Info strings are written as UTF-16 by PDFKit: they keep every letter, unlike the page text.
    info: {
      Title: meta.title,
      Author: meta.author,
      Subject: meta.subject,
      Keywords: meta.keywords.join(', '),
      Creator: 'Convivencia Console',
      Producer: 'Convivencia Console (PDFKit)',
      CreationDate: createdAt,
      ModDate: createdAt,
    },
  });
}

/** Ends the document and resolves with its bytes. */
export function finish(doc: PDFKit.PDFDocument): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    doc.on('data', (chunk: Uint8Array) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.end();
  });
}
