// Runs anywhere (pure): the one check of an imported file, for every kind (row-spec.ts declares each kind's columns).
// The file is read (csv-reader.ts), its header matched to the kind's columns, and each row made into the kind's
// mutation and judged three ways, in this order, every problem said with its line and column:
//   1. its cells, each as its column's type (cells.ts: formulas, dates, numbers, options; names of other records);
//   2. the mutation's own zod schema (MutationSchema: the same fields a form sends);
//   3. the same record twice in the file (its id, made from its serial, plate or staff number: both lines said);
//   4. the mutation's `apply`, through `judge` — the console applies it as its write path does, against what the
//      cache holds ('already_exists', a calibration after today…).
// Nothing is written here; `mutations` holds every row's mutation only when no row has a problem.
import type { z } from 'zod';
import { MutationSchema, type Mutation } from '../records/mutations.ts';
import type { RefusalReason } from '../records/refusals.ts';
import type { GenericCacheEntity } from '../records/registry.ts';
import { searchKey } from '../text/search-key.ts';
import { isOneOf } from '../util/one-of.ts';
import { readCell } from './cells.ts';
import { readCsv, type CsvRow } from './csv-reader.ts';
import { ROW_PROBLEMS, type ImportProblem, type ImportReport, type ProblemParams } from './problems.ts';
import type { ColumnSpec, RowSpec, RowValues } from './row-spec.ts';

export interface ImportJudge {
  /** The id of the record of `entity` with that name (folded: accents and case do not count), or null. */
  idByName(entity: GenericCacheEntity, name: string): string | null;
  /** The row's mutation applied as the write path applies it: null, or why it is refused. */
  apply(mutation: Mutation): RefusalReason | null;
}

export interface ImportCheck {
  readonly report: ImportReport;
  /** Every row's mutation, in file order; empty unless every row is accepted. */
  readonly mutations: readonly Mutation[];
}

/** The file's columns, in file order: the spec of each, and its header as the file writes it. */
type FileColumns = readonly { readonly spec: ColumnSpec; readonly header: string }[];

const fileProblem = (problem: ImportProblem): ImportCheck => ({ report: { rows: 0, accepted: 0, refused: [problem] }, mutations: [] });

export function checkImport(spec: RowSpec, text: string, judge: ImportJudge): ImportCheck {
  const read = readCsv(text);
  if (!read.ok) return fileProblem({ line: read.line, code: read.code, ...(read.params ? { params: read.params } : {}) });
  const [header, ...rows] = read.rows;
  if (!header) return fileProblem({ line: null, code: 'no_rows' });
  const columns = matchHeader(spec, header);
  if ('problems' in columns) return { report: { rows: rows.length, accepted: 0, refused: columns.problems }, mutations: [] };
  if (rows.length === 0) return fileProblem({ line: null, code: 'no_rows' });

  const refused: ImportProblem[] = [];
  const mutations: Mutation[] = [];
  const seen = new Map<string, number>();
  for (const row of rows) {
    const checked = checkRow(spec, columns, row, judge, seen);
    if (Array.isArray(checked)) refused.push(...checked);
    else mutations.push(checked);
  }
  const accepted = mutations.length;
  return { report: { rows: rows.length, accepted, refused }, mutations: refused.length === 0 ? mutations : [] };
}

function matchHeader(spec: RowSpec, header: CsvRow): FileColumns | { problems: ImportProblem[] } {
  const line = header.line;
  const [only] = header.cells;
  if (header.cells.length === 1 && spec.columns.length > 1 && only !== undefined && /[,\t|]/.test(only)) {
    return { problems: [{ line, code: 'wrong_separator' }] };
  }
  const problems: ImportProblem[] = [];
  const columns: { spec: ColumnSpec; header: string }[] = [];
  for (const cell of header.cells) {
    const written = cell.trim();
    const column = spec.columns.find((c) => c.header === searchKey(written));
    if (!column) problems.push({ line, code: 'unknown_column', params: { column: written } });
    else if (columns.some((c) => c.spec === column)) problems.push({ line, code: 'duplicate_column', params: { column: written } });
    else columns.push({ spec: column, header: written });
  }
  for (const column of spec.columns) {
    if (column.required && !columns.some((c) => c.spec === column))
      problems.push({ line, code: 'missing_column', params: { column: column.header } });
  }
  return problems.length > 0 ? { problems } : columns;
}

/** The row's cells by column header, or the problems of the cells that cannot be read. */
function valuesOf(columns: FileColumns, row: CsvRow, judge: ImportJudge): RowValues | ImportProblem[] {
  const values: Record<string, RowValues[string]> = {};
  const problems: ImportProblem[] = [];
  columns.forEach(({ spec, header }, index) => {
    const cell = readCell(row.cells[index]!, spec.cell);
    if (!cell.ok) {
      problems.push({ line: row.line, column: header, code: cell.code, ...(cell.params ? { params: cell.params } : {}) });
    } else if (spec.cell.type === 'name' && typeof cell.value === 'string') {
      const id = judge.idByName(spec.cell.entity, cell.value);
      if (id === null) problems.push({ line: row.line, column: header, code: 'unknown_name', params: { name: cell.value } });
      else values[spec.header] = id;
    } else {
      values[spec.header] = cell.value;
    }
  });
  return problems.length > 0 ? problems : values;
}

function candidate(spec: RowSpec, values: RowValues): Record<string, unknown> {
  const fields = Object.entries(spec.fields(values)).filter(([, value]) => value !== undefined);
  return { kind: spec.mutation, ...Object.fromEntries(fields) };
}

/** The row's mutation, or its problems. */
function checkRow(
  spec: RowSpec,
  columns: FileColumns,
  row: CsvRow,
  judge: ImportJudge,
  seen: Map<string, number>,
): Mutation | ImportProblem[] {
  const line = row.line;
  if (row.cells.length !== columns.length) {
    return [{ line, code: 'field_count', params: { expected: columns.length, found: row.cells.length } }];
  }
  const values = valuesOf(columns, row, judge);
  if (Array.isArray(values)) return values;
  const headerOf = (column: ColumnSpec) => columns.find((c) => c.spec === column)?.header ?? column.header;
  const key = spec.columns.find((c) => c.header === spec.key)!;

  const parsed = MutationSchema.safeParse(candidate(spec, values));
  if (!parsed.success) return schemaProblems(spec, parsed.error.issues, values, line, headerOf);

  const mutation = parsed.data;
  const first = seen.get(mutation.id);
  if (first !== undefined) return [{ line, column: headerOf(key), code: 'duplicate', params: { line: first } }];
  seen.set(mutation.id, line);

  const reason = judge.apply(mutation);
  if (reason === null) return mutation;
  const about = spec.refusalColumns?.[reason];
  const column = spec.columns.find((c) => c.header === about);
  return [{ line, ...(column ? { column: headerOf(column) } : {}), code: 'refused', reason }];
}

/**
 * The schema's problems said on the columns that filled the fields: an empty cell is 'required'; a schema's own
 * message key ('too_long', 'invalid_date') is kept; limits keep their figure. One problem per column. The id is
 * made from other columns: a problem with it alone is said on the key column.
 */
function schemaProblems(
  spec: RowSpec,
  issues: readonly z.core.$ZodIssue[],
  values: RowValues,
  line: number,
  headerOf: (column: ColumnSpec) => string,
): ImportProblem[] {
  const byColumn = new Map<string, ImportProblem>();
  const about = (path: string) => spec.columns.find((c) => path === c.field || path.startsWith(`${c.field}.`));
  const real = issues.filter((issue) => issue.path.join('.') !== 'id');
  for (const issue of real.length > 0 ? real : issues) {
    const path = issue.path.join('.');
    const column = about(path) ?? (path === 'id' ? spec.columns.find((c) => c.header === spec.key) : undefined);
    const header = column ? headerOf(column) : '';
    if (byColumn.has(header)) continue;
    const empty = column !== undefined && values[column.header] === undefined;
    byColumn.set(header, { line, ...(column ? { column: header } : {}), ...problemOf(issue, empty) });
  }
  return [...byColumn.values()];
}

function problemOf(issue: z.core.$ZodIssue, empty: boolean): { code: (typeof ROW_PROBLEMS)[number]; params?: ProblemParams } {
  if (empty) return { code: 'required' };
  const limits = {
    ...('maximum' in issue ? { max: Number(issue.maximum) } : {}),
    ...('minimum' in issue ? { min: Number(issue.minimum) } : {}),
  };
  const params = Object.keys(limits).length > 0 ? { params: limits } : {};
  if (isOneOf(ROW_PROBLEMS, issue.message)) return { code: issue.message, ...params };
  if (issue.code === 'too_big') return { code: 'origin' in issue && issue.origin === 'string' ? 'too_long' : 'too_big', ...params };
  if (issue.code === 'too_small') return { code: 'too_small', ...params };
  return { code: 'invalid_value' };
}
