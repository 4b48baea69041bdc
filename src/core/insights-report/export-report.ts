// Runs in: Node. 'insights.report': the month's report computed from the cache (report.ts), drawn (render.ts) and
// written to the data folder's exports/ — one file per month and scope, replaced atomically when printed again —
// then offered once for download like the court documents and the CSV exports.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Language } from '../../shared/api/prefs.ts';
import type { Cache } from '../cache/cache.ts';
import type { Readable } from '../insights/dashboard.ts';
import { EXPORTS_FOLDER } from '../operations/export-csv.ts';
import { writePdfFile } from '../pdf/write-file.ts';
import { settingsOf } from '../settings/settings-source.ts';
import { renderInsightsReportPdf } from './render.ts';
import { monthlyReport, type ReportRequest, type ReportScope } from './report.ts';
import { DEFAULT_LANGUAGE, reportTranslators } from './texts.ts';

export interface ExportReportRequest extends ReportRequest {
  /** Which record kinds the signed-in role reads (insights/dashboard.ts): the others' indicators are withheld. */
  readonly readable?: Readable;
  readonly language?: Language;
  readonly dataDir: string;
  readonly now: number;
}

export async function exportInsightsReport(use: <T>(fn: (cache: Cache) => T) => T, request: ExportReportRequest) {
  const report = use((cache) =>
    monthlyReport(cache.db, request, { settings: settingsOf(cache.records), now: request.now, readable: request.readable }),
  );
  const language = request.language ?? DEFAULT_LANGUAGE;
  const bytes = await renderInsightsReportPdf(report, { language });
  const folder = path.join(request.dataDir, EXPORTS_FOLDER);
  fs.mkdirSync(folder, { recursive: true });
  const fileName = reportTranslators(language).t('meta.file', { month: report.month, scope: scopeSuffix(report.scope) });
  const target = path.join(folder, fileName);
  await writePdfFile(target, bytes);
  return { path: target, fileName, bytes: bytes.length };
}

/**
 * "" for the whole city; else the scope's names in ASCII ("-guemes-nueva-cordoba", cut short) and a hash of the
 * scope, so two scopes never share a file and the same scope, in any order, always gets the same one.
 */
export function scopeSuffix(scope: ReportScope): string {
  const names = [...scope.barrios.map((b) => `b:${b}`), ...scope.cpcs.map((c) => `c:${c}`)].sort();
  if (names.length === 0) return '';
  const slug = names
    .map((n) => n.slice(2))
    .join('-')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 40)
    .replace(/^-+|-+$/g, '');
  const hash = createHash('sha256').update(names.join('\n')).digest('hex').slice(0, 8);
  return slug ? `-${slug}-${hash}` : `-${hash}`;
}
