// Runs in: Node. Turns a validated grid request into SQL text plus bound parameters.
// Only whitelisted column names ever reach the SQL text; every user value is a bound parameter, so quotes
// and SQL fragments in a filter are just characters to match.
import { OPERATION_FIGURES, type OperationFigure } from '../../shared/operations/figures.ts';
import type { OperationsFilter, OperationsSort, SortableColumn } from '../../shared/operations/query.ts';
import { searchKey } from '../../shared/text/search-key.ts';

/**
 * The total order behind each sortable column: exactly the columns of the index that serves it (seq is
 * implicit in every index), so paging never sorts in a temporary b-tree. Ties on a category fall back to
 * the planned start — the order a coordinator expects inside "all Centro operations".
 */
export const SORT_KEYS: Record<SortableColumn, readonly string[]> = {
  plannedStart: ['planned_start'],
  plannedEnd: ['planned_end'],
  type: ['type', 'planned_start'],
  status: ['status', 'planned_start'],
  barrio: ['barrio', 'planned_start'],
  address: ['address'],
  shift: ['shift', 'planned_start'],
  team: ['team'],
  updatedAt: ['updated_at'],
};

/** The index behind each sort (its columns are SORT_KEYS): forced for export batches, see keysetTerm. */
export const SORT_INDEX: Record<SortableColumn, string> = {
  plannedStart: 'operations_planned_start',
  plannedEnd: 'operations_planned_end',
  type: 'operations_type',
  status: 'operations_status',
  barrio: 'operations_barrio',
  address: 'operations_address',
  shift: 'operations_shift',
  team: 'operations_team',
  updatedAt: 'operations_updated_at',
};

export interface SqlPart {
  readonly sql: string;
  readonly params: readonly (string | number)[];
}

const placeholders = (n: number) => Array(n).fill('?').join(', ');

/**
 * Free text: the trigram index narrows the rows (one LIKE per wildcard-free fragment: the trigram index
 * cannot serve LIKE … ESCAPE), then instr() checks the exact substring, wildcards and all, as plain text.
 */
function textTerms(text: string): SqlPart {
  const needle = searchKey(text);
  const fragments = needle.split(/[%_]+/).filter(Boolean);
  const narrowing = fragments.map(() => 'address_search LIKE ?').join(' AND ');
  const sql = fragments.length
    ? `seq IN (SELECT rowid FROM operations_address_fts WHERE ${narrowing}) AND instr(address_search, ?) > 0`
    : 'instr(address_search, ?) > 0';
  return { sql, params: [...fragments.map((f) => `%${f}%`), needle] };
}

/** The filter's conditions joined by AND ('' for none). */
export function filterTerms(filter: OperationsFilter): SqlPart {
  const terms: string[] = [];
  const params: (string | number)[] = [];
  const inList = (column: string, values: readonly string[] | undefined) => {
    if (!values?.length) return;
    terms.push(`${column} IN (${placeholders(values.length)})`);
    params.push(...values);
  };
  inList('type', filter.types);
  inList('status', filter.statuses);
  inList('shift', filter.shifts);
  inList('barrio', filter.barrios);
  if (filter.from !== undefined) {
    terms.push('planned_start >= ?');
    params.push(filter.from);
  }
  if (filter.to !== undefined) {
    terms.push('planned_start <= ?');
    params.push(filter.to);
  }
  const text = filter.text?.trim();
  if (text) {
    const part = textTerms(text);
    terms.push(part.sql);
    params.push(...part.params);
  }
  return { sql: terms.join(' AND '), params };
}

export function whereClause(filter: OperationsFilter): SqlPart {
  const { sql, params } = filterTerms(filter);
  return { sql: sql ? `WHERE ${sql}` : '', params };
}

/** Total order: the sort keys, then seq, all in the requested direction. */
export function orderClause(sort: OperationsSort): string {
  const dir = sort.direction === 'asc' ? 'ASC' : 'DESC';
  return `ORDER BY ${[...SORT_KEYS[sort.column], 'seq'].map((key) => `${key} ${dir}`).join(', ')}`;
}

const CATEGORY_FILTERS = ['types', 'statuses', 'shifts', 'barrios'] as const;

/**
 * `SELECT columns` over a filter's rows, in no order, reading no row: with two or more category filters (and no
 * free text) the covering facets index is forced — SQLite's planner otherwise picks one category's index and reads
 * each candidate row from the table, which is ~3× slower for broad combinations like "night shift + closed".
 */
export function filteredSql(columns: string, filter: OperationsFilter): SqlPart {
  const where = whereClause(filter);
  const categories = CATEGORY_FILTERS.filter((key) => filter[key]?.length).length;
  const indexed = categories >= 2 && !filter.text?.trim() ? 'INDEXED BY operations_facets' : '';
  return { sql: `SELECT ${columns} FROM operations ${indexed} ${where.sql}`, params: where.params };
}

/** COUNT(*) for a filter (filteredSql). */
export const countSql = (filter: OperationsFilter): SqlPart => filteredSql('COUNT(*) AS n', filter);

const ofType = (type: string, sql: string) => `CASE WHEN o.type = '${type}' THEN ${sql} END`;
/** Counts that are known (possibly 0) once an operation is closed with its details, and unknown before. */
const whenClosed = (sql: string) => `CASE WHEN o.status = 'closed' AND o.details IS NOT NULL THEN ${sql} END`;

/** Findings by outcome in one pass over the list, as "actas,notices,warnings" (the repository splits it). */
const FINDING_COUNTS = `(SELECT count(*) FILTER (WHERE value ->> '$.finding.outcome' = 'acta') || ',' ||
    count(*) FILTER (WHERE value ->> '$.finding.outcome' = 'notice') || ',' ||
    count(*) FILTER (WHERE value ->> '$.finding.outcome' = 'warning') FROM json_each(o.details, '$.findings'))`;

/**
 * The figures of shared/operations/figures.ts, counted from `o.details` with SQLite's JSON functions. Only ever
 * selected for the rows of one block (or one export batch), after the page's rows are found: never a table scan.
 * NULL details (most rows) cost a test per figure. SQLite keeps the last parsed JSON texts of a statement, so the
 * scalar extractions of one row parse its details once; the findings are walked once (one json_each, counted with
 * FILTER) and only for closed operations that have details: guarding the walk with another JSON call doubled its cost (measured).
 * Two columns carry raw values the repository finishes (OperationsRepository.judged): `actas` the
 * "actas,notices,warnings" triple (notices and warnings are placeholders until then), and `noiseVerdict` the noise
 * result as JSON text, replaced by the verdict of the shared rule (noiseVerdict) under the settings then in force.
 */
const FIGURE_SQL: Record<OperationFigure, string> = {
  peopleReserved: `json_array_length(o.details, '$.assigned.people')`,
  actas: whenClosed(FINDING_COUNTS),
  notices: 'NULL',
  warnings: 'NULL',
  alcoholTests: ofType('alcohol_test', `json_array_length(o.details, '$.result.tests')`),
  selfTests: ofType('alcohol_test', `o.details ->> '$.result.selfTests'`),
  noiseMeasuredDb: ofType('noise_check', `coalesce(o.details ->> '$.result.source.measuredDb', o.details ->> '$.result.source.peakDb')`),
  noiseBackgroundDb: ofType('noise_check', `o.details ->> '$.result.source.backgroundDb'`),
  noiseVerdict: ofType('noise_check', `o.details -> '$.result'`),
  seizedUnits: ofType(
    'street_vending',
    whenClosed(`(SELECT coalesce(sum(value ->> '$.quantity'), 0) FROM json_each(o.details, '$.result.seizure'))`),
  ),
  countedAttendance: ofType('public_event', `o.details ->> '$.result.countedAttendance'`),
  declaredCapacity: ofType('public_event', `o.details ->> '$.result.declaredCapacity'`),
};

/**
 * The figures as select-list items; those not wanted are NULL (an export without figure columns parses no JSON
 * at all: at a million rows that is most of its time).
 */
export function figureColumns(wanted: readonly OperationFigure[] = OPERATION_FIGURES): string {
  const counts = wanted.some((f) => f === 'actas' || f === 'notices' || f === 'warnings');
  return OPERATION_FIGURES.map((figure) => {
    const on = figure === 'actas' ? counts : wanted.includes(figure);
    return `${on ? FIGURE_SQL[figure] : 'NULL'} AS ${figure}`;
  }).join(', ');
}

export const FIGURE_COLUMNS = figureColumns();

/**
 * Keyset paging for exports: the rows after `after` (the previous batch's last sort key values and seq) in the
 * sort's total order, so each batch is one seek into the index that serves the sort, however deep. The caller
 * forces that index (SORT_INDEX): with a category filter the planner would otherwise take the filter's index and
 * sort every matching row again for each batch (~0.5 s a batch for "closed" by address at 1M rows).
 */
export function keysetTerm(sort: OperationsSort, after: readonly (string | number)[] | null): SqlPart {
  if (!after) return { sql: '', params: [] };
  const keys = [...SORT_KEYS[sort.column], 'seq'];
  return { sql: `(${keys.join(', ')}) ${sort.direction === 'asc' ? '>' : '<'} (${placeholders(keys.length)})`, params: after };
}
