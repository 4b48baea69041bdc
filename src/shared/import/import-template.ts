// Runs anywhere: «Descargar plantilla» — a kind's CSV with its headers and one example row, written by the export's
// own encoder (util/csv.ts), so the template opens in a Spanish spreadsheet as the exports do and reads back as is.
import { CSV_BOM, csvLine, csvText } from '../util/csv.ts';
import { ROW_SPECS, type ImportKind } from './import-kinds.ts';

export function importTemplate(kind: ImportKind): string {
  const columns = ROW_SPECS[kind].columns;
  return CSV_BOM + csvLine(columns.map((c) => csvText(c.header))) + csvLine(columns.map((c) => csvText(c.example)));
}
