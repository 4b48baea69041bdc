// Runs in: Node. 'operations.exportCsv': the filter's rows, in the grid's order, written as CSV (shared/util/csv.ts)
// to dataDir/exports/ in batches. Memory stays at one batch whatever the size; between batches the event loop runs,
// so grid blocks and writes are still answered during a million-row export (each batch is one query: no statement
// stays open). The file is written as "<name>.part" and renamed when complete; a failed export leaves nothing.
import fs from 'node:fs';
import path from 'node:path';
import type { Language } from '../../shared/api/prefs.ts';
import { resources } from '../../shared/i18n/resources.ts';
import { defaultExportColumns, MAX_EXPORT_ROWS, type ExportColumn } from '../../shared/operations/export.ts';
import { OPERATION_FIGURES } from '../../shared/operations/figures.ts';
import type { OperationsFilter, OperationsSort } from '../../shared/operations/query.ts';
import { cordobaCivil } from '../../shared/time/cordoba.ts';
import { createCordobaDateTimeFormatter, CSV_BOM, csvLine, csvNumber, csvText } from '../../shared/util/csv.ts';
import { HandlerError } from '../api/dispatch.ts';
import type { Cache } from '../cache/cache.ts';
import type { OperationExportRow } from './repository.ts';

export const EXPORTS_FOLDER = 'exports';
/** Finished exports older than this are removed when a new one starts (the folder does not grow for ever). */
export const EXPORT_KEEP_MS = 24 * 3_600_000;
/** Rows per batch: one query and its CSV text, ~25 ms with every figure on a loaded 2-core machine. */
const BATCH_ROWS = 250;

export interface ExportCsvOptions {
  readonly dataDir: string;
  readonly filter: OperationsFilter;
  readonly sort: OperationsSort;
  readonly columns?: readonly ExportColumn[];
  readonly language?: Language;
  readonly now?: number;
  readonly maxRows?: number;
  readonly batchRows?: number;
}

export interface ExportCsvResult {
  readonly path: string;
  readonly fileName: string;
  readonly rows: number;
  readonly bytes: number;
}

/** Runs `fn` on the open cache (the session's use(): an unusable cache answers cache_unavailable). */
export type UseCache = <T>(fn: (cache: Cache) => T) => T;

type Cell = (row: OperationExportRow) => string;

function cellWriters(language: Language): Record<ExportColumn, Cell> {
  const ui = resources[language].ui;
  const comma = language === 'es-AR';
  const date = createCordobaDateTimeFormatter();
  const label = (labels: Readonly<Record<string, string>>) => (code: string | null) =>
    csvText(code === null ? null : (labels[code] ?? code));
  const typeLabel = label(ui.operationType);
  const statusLabel = label(ui.operationStatus);
  const shiftLabel = label(ui.shift);
  const verdictLabel = label(ui.noiseVerdict);
  const num = (value: number | null) => csvNumber(value, comma);
  return {
    id: (r) => csvText(r.id),
    type: (r) => typeLabel(r.type),
    status: (r) => statusLabel(r.status),
    barrio: (r) => csvText(r.barrio),
    address: (r) => csvText(r.address),
    lat: (r) => num(r.lat),
    lng: (r) => num(r.lng),
    plannedStart: (r) => csvText(date(r.plannedStart)),
    plannedEnd: (r) => csvText(date(r.plannedEnd)),
    shift: (r) => shiftLabel(r.shift),
    team: (r) => csvText(r.team),
    resultSummary: (r) => csvText(r.resultSummary),
    cancelReason: (r) => csvText(r.cancelReason),
    createdAt: (r) => csvText(date(r.createdAt)),
    updatedAt: (r) => csvText(date(r.updatedAt)),
    peopleReserved: (r) => num(r.peopleReserved),
    actas: (r) => num(r.actas),
    notices: (r) => num(r.notices),
    warnings: (r) => num(r.warnings),
    alcoholTests: (r) => num(r.alcoholTests),
    selfTests: (r) => num(r.selfTests),
    noiseMeasuredDb: (r) => num(r.noiseMeasuredDb),
    noiseBackgroundDb: (r) => num(r.noiseBackgroundDb),
    noiseVerdict: (r) => verdictLabel(r.noiseVerdict),
    seizedUnits: (r) => num(r.seizedUnits),
    countedAttendance: (r) => num(r.countedAttendance),
    declaredCapacity: (r) => num(r.declaredCapacity),
  };
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** "operaciones-20261126-1530" (Córdoba time); "-2", "-3"… when taken. */
function freeFileName(folder: string, prefix: string, now: number): string {
  const c = cordobaCivil(now);
  const stem = `${prefix}-${c.year}${pad(c.month)}${pad(c.day)}-${pad(c.hour)}${pad(c.minute)}${pad(c.second)}`;
  for (let n = 1; n < 1000; n++) {
    const name = `${stem}${n === 1 ? '' : `-${n}`}.csv`;
    if (!fs.existsSync(path.join(folder, name)) && !fs.existsSync(path.join(folder, `${name}.part`))) return name;
  }
  throw new Error('no free export file name');
}

/** Removes finished exports older than EXPORT_KEEP_MS and parts left by a crash (never anything else). */
function prune(folder: string, now: number): void {
  for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
    if (!entry.isFile() || !/\.csv(\.part)?$/.test(entry.name)) continue;
    const file = path.join(folder, entry.name);
    try {
      if (now - fs.statSync(file).mtimeMs > EXPORT_KEEP_MS) fs.rmSync(file, { force: true });
    } catch {
      // Another process removed it, or it cannot be read: leave it.
    }
  }
}

export async function exportOperationsCsv(use: UseCache, options: ExportCsvOptions): Promise<ExportCsvResult> {
  const language = options.language ?? 'es-AR';
  const maxRows = options.maxRows ?? MAX_EXPORT_ROWS;
  const columns = options.columns ?? defaultExportColumns(options.filter);
  const now = options.now ?? Date.now();

  const total = use((cache) => cache.operations.count(options.filter));
  if (total > maxRows) throw new HandlerError({ code: 'refused', issues: [{ path: '', code: 'export_too_large' }] });

  const folder = path.join(options.dataDir, EXPORTS_FOLDER);
  fs.mkdirSync(folder, { recursive: true });
  prune(folder, now);
  const fileName = freeFileName(folder, resources[language].ui.csvExport.filePrefix, now);
  const finalPath = path.join(folder, fileName);
  const partPath = `${finalPath}.part`;

  const writers = cellWriters(language);
  const cells = columns.map((column) => writers[column]);
  const headers = resources[language].ui.column;
  const file = await fs.promises.open(partPath, 'wx');
  let rows = 0;
  let bytes = 0;
  const write = async (text: string) => {
    const buffer = Buffer.from(text, 'utf8');
    await file.write(buffer);
    bytes += buffer.length;
  };
  try {
    await write(CSV_BOM + csvLine(columns.map((column) => csvText(headers[column]))));
    const figures = OPERATION_FIGURES.filter((figure) => columns.includes(figure));
    const batches = use((cache) => cache.operations.exportBatches(options.filter, options.sort, options.batchRows ?? BATCH_ROWS, figures));
    for (;;) {
      const next = use(() => batches.next());
      if (next.done) break;
      const batch = next.value.slice(0, maxRows - rows); // rows added since the count do not pass the bound
      let text = '';
      for (const row of batch) text += csvLine(cells.map((cell) => cell(row)));
      await write(text);
      rows += batch.length;
      if (rows >= maxRows) break;
    }
    await file.close();
    await fs.promises.rename(partPath, finalPath);
  } catch (err) {
    await file.close().catch(() => undefined);
    await fs.promises.rm(partPath, { force: true });
    throw err;
  }
  return { path: finalPath, fileName, rows, bytes };
}
