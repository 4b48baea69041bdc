// Runs in: Node. Turns a validated grid request into SQL text plus bound parameters.
// Only whitelisted column names ever reach the SQL text; every user value is a bound parameter, so quotes
// and SQL fragments in a filter are just characters to match.
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

export function whereClause(filter: OperationsFilter): SqlPart {
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
  return { sql: terms.length ? `WHERE ${terms.join(' AND ')}` : '', params };
}

/** Total order: the sort keys, then seq, all in the requested direction. */
export function orderClause(sort: OperationsSort): string {
  const dir = sort.direction === 'asc' ? 'ASC' : 'DESC';
  return `ORDER BY ${[...SORT_KEYS[sort.column], 'seq'].map((key) => `${key} ${dir}`).join(', ')}`;
}

const CATEGORY_FILTERS = ['types', 'statuses', 'shifts', 'barrios'] as const;

/**
 * COUNT(*) for a filter. With two or more category filters (and no free text) the covering facets index is
 * forced: SQLite's planner otherwise picks one category's index and reads each candidate row from the table,
 * which is ~3× slower for broad combinations like "night shift + closed".
 */
export function countSql(filter: OperationsFilter): SqlPart {
  const where = whereClause(filter);
  const categories = CATEGORY_FILTERS.filter((key) => filter[key]?.length).length;
  const indexed = categories >= 2 && !filter.text?.trim() ? 'INDEXED BY operations_facets' : '';
  return { sql: `SELECT COUNT(*) AS n FROM operations ${indexed} ${where.sql}`, params: where.params };
}
