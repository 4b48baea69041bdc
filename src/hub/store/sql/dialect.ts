// Runs in: Node. The few SQL fragments that differ between the hub's two stores, by name. Each takes the place of
// one `?` parameter or expression in an otherwise portable query.
import type { Dialect } from './sql-db.ts';

/** A set of text values for `x IN …`, given as one parameter: a JSON array of strings. */
export const inJsonArray = (dialect: Dialect): string =>
  dialect === 'sqlite' ? '(SELECT value FROM json_each(?))' : '(SELECT jsonb_array_elements_text(CAST(? AS jsonb)))';

export type JsonColumnType = 'TEXT' | 'BIGINT' | 'DOUBLE PRECISION';

/**
 * The rows of one parameter, a JSON array of objects, as a table of these columns (each object's key of the same
 * name): many rows written by one statement, prepared once whatever their number — on PostgreSQL one round trip
 * instead of one per row. SQLite's `->>` gives each value its SQL type (numbers stay numbers).
 */
export function jsonRows(dialect: Dialect, columns: readonly (readonly [name: string, type: JsonColumnType])[]): string {
  if (dialect === 'sqlite') return `(SELECT ${columns.map(([name]) => `value ->> '${name}' AS ${name}`).join(', ')} FROM json_each(?))`;
  return `(SELECT * FROM jsonb_to_recordset(CAST(? AS jsonb)) AS r(${columns.map(([name, type]) => `${name} ${type}`).join(', ')}))`;
}
