// Runs in: Node. 'court.document': a hearing's citation or acta de audiencia drawn from the cache's records and
// written to the data folder's exports/ (one file per document and case, replaced atomically when printed again),
// then offered once for download like a CSV export.
import path from 'node:path';
import fs from 'node:fs';
import type { CourtDocumentKind } from '../../../shared/api/court.ts';
import type { Language } from '../../../shared/api/prefs.ts';
import type { RefusalReason } from '../../../shared/records/refusals.ts';
import { HandlerError } from '../../api/dispatch.ts';
import type { Cache } from '../../cache/cache.ts';
import { EXPORTS_FOLDER } from '../../operations/export-csv.ts';
import { settingsOf } from '../../settings/settings-source.ts';
import { renderCitationPdf } from './citation.ts';
import { citationInput, hearingRecordInput, type DocumentSources } from './from-records.ts';
import { renderHearingRecordPdf } from './hearing-record.ts';
import { DEFAULT_LANGUAGE, translator } from './text/translator.ts';
import { CourtDocumentInputError } from './validate.ts';
import { writePdfFile } from '../../pdf/write-file.ts';

export interface DocumentRequest {
  readonly document: CourtDocumentKind;
  readonly hearingId: string;
  readonly language?: Language;
  readonly clerk: string;
  readonly dataDir: string;
  readonly now: number;
}

const refused = (reason: RefusalReason) => new HandlerError({ code: 'refused', issues: [{ path: '', code: reason }] });

const KINDS = {
  citation: { build: citationInput, render: renderCitationPdf, file: 'sources.citationFile' },
  hearing_record: { build: hearingRecordInput, render: renderHearingRecordPdf, file: 'sources.hearingRecordFile' },
} as const;

/** The records the document is drawn from, read in one go from the cache. */
function sourcesOf(cache: Cache, request: DocumentRequest): DocumentSources {
  const hearing = cache.records.get('hearing', request.hearingId);
  const courtCase = hearing && cache.records.get('court_case', hearing.caseId);
  if (!hearing || !courtCase) throw refused('not_found');
  const t = translator(request.language ?? DEFAULT_LANGUAGE);
  return { courtCase, hearing, settings: settingsOf(cache.records), clerk: request.clerk, now: request.now, t };
}

export async function exportCourtDocument(use: <T>(fn: (cache: Cache) => T) => T, request: DocumentRequest) {
  const sources = use((cache) => sourcesOf(cache, request));
  const kind = KINDS[request.document];
  const built = kind.build(sources);
  if (!built.ok) throw refused(built.reason);
  const bytes = await kind.render(built.input, { language: request.language }).catch((error: unknown) => {
    // A record the document cannot print as it is (e.g. a deadline before the hearing): the issues, as a refusal.
    if (error instanceof CourtDocumentInputError) throw new HandlerError({ code: 'refused', issues: error.issues.slice(0, 20) });
    throw error;
  });
  const folder = path.join(request.dataDir, EXPORTS_FOLDER);
  fs.mkdirSync(folder, { recursive: true });
  const caseNumber = (sources.courtCase.number ?? sources.courtCase.id).replace(/[^A-Za-z0-9-]/g, '-');
  const fileName = `${sources.t(kind.file)}-${caseNumber}.pdf`;
  const target = path.join(folder, fileName);
  await writePdfFile(target, bytes);
  return { path: target, fileName, bytes: bytes.length };
}
