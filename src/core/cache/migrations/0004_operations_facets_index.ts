// Counting rows that match two or more categories at once ("night shift" and "closed", "noise checks" in
// "Nueva Córdoba") would otherwise walk one category's index and read every candidate row from the table.
// This covering index holds all the category columns, so such counts never leave it (page-sql.ts: countSql).
export default {
  version: 4,
  name: 'operations_facets_index',
  up: `CREATE INDEX operations_facets ON operations (type, status, shift, barrio, planned_start);`,
};
