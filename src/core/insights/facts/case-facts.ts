// Runs in: Node. insight_cases: one row per court case — where, what, against whom, when it came in, when it was
// notified, whether it was paid voluntarily (with the discount) and when it was first resolved or closed — and
// insight_case_spans: each status a case's timeline records with the span it held it, [from_at, until_at) (the
// current one until 2^53 − 1), so "the backlog at an instant" is a range query. Statuses are the case's own steps:
// the effective status a hearing adds (shared/court/effective-status.ts) refines a case waiting for its hearing,
// which the backlog counts as waiting.
import type { RecordFacts } from './record-triggers.ts';
import { identityKeySql, offenceCategorySql } from './codes-sql.ts';
import { cordobaDaySql } from './sql-time.ts';

/** The end of a span that has not ended. */
export const OPEN_SPAN = Number.MAX_SAFE_INTEGER;

export const CASE_FACTS_SQL = `
  CREATE TABLE insight_cases (
    id               TEXT PRIMARY KEY,
    origin           TEXT,
    operation_type   TEXT,
    category         TEXT,
    barrio           TEXT,
    identity         TEXT,
    created_at       INTEGER,
    created_day      TEXT,
    notified_day     TEXT,
    paid_voluntarily INTEGER,
    resolved_at      INTEGER,
    resolved_day     TEXT
  ) WITHOUT ROWID;
  CREATE INDEX insight_cases_identity ON insight_cases (identity) WHERE identity IS NOT NULL;
  CREATE INDEX insight_cases_created ON insight_cases (created_day, barrio, operation_type, category);
  CREATE INDEX insight_cases_notified ON insight_cases (notified_day, paid_voluntarily, barrio, operation_type, category)
    WHERE notified_day IS NOT NULL;
  CREATE INDEX insight_cases_resolved ON insight_cases (resolved_day, resolved_at, created_at, barrio, operation_type, category)
    WHERE resolved_day IS NOT NULL;
  CREATE TABLE insight_case_spans (
    case_id        TEXT,
    status         TEXT,
    from_at        INTEGER,
    until_at       INTEGER,
    barrio         TEXT,    -- the case's, so that the backlog is counted without reading the cases
    operation_type TEXT,
    category       TEXT
  );
  CREATE INDEX insight_case_spans_case ON insight_case_spans (case_id);
  CREATE INDEX insight_case_spans_open ON insight_case_spans (until_at, from_at, status, barrio, operation_type, category)
    WHERE status <> 'closed';
`;

const field = (path: string) => `(r.data ->> '$.${path}')`;
const RESOLVED = `(SELECT min(s.value ->> '$.at') FROM json_each(r.data, '$.timeline') AS s
  WHERE s.value ->> '$.status' IN ('resolved', 'closed'))`;

export const caseFacts: RecordFacts = {
  entity: 'court_case',
  remove: (id) => `DELETE FROM insight_cases WHERE id = ${id}; DELETE FROM insight_case_spans WHERE case_id = ${id};`,
  add: (source) => `
    INSERT INTO insight_cases (id, origin, operation_type, category, barrio, identity, created_at, created_day, notified_day, paid_voluntarily,
      resolved_at, resolved_day)
    SELECT r.id, ${field('origin')}, ${field('operationType')}, ${offenceCategorySql(field('origin'), field('operationType'))},
      ${field('barrio')}, ${identityKeySql(`(r.data -> '$.record.offender')`)}, ${field('createdAt')}, ${cordobaDaySql(field('createdAt'))},
      ${field('notification.notifiedOn')},
      ${field('voluntaryPayment.paidOn')} IS NOT NULL, ${RESOLVED}, ${cordobaDaySql(RESOLVED)}
    FROM ${source} AS r;
    INSERT INTO insight_case_spans (case_id, status, from_at, until_at, barrio, operation_type, category)
    SELECT r.id, s.value ->> '$.status', s.value ->> '$.at',
      coalesce(lead(s.value ->> '$.at') OVER (PARTITION BY r.id ORDER BY s.key), ${OPEN_SPAN}),
      ${field('barrio')}, ${field('operationType')}, ${offenceCategorySql(field('origin'), field('operationType'))}
    FROM ${source} AS r, json_each(r.data, '$.timeline') AS s;`,
};
