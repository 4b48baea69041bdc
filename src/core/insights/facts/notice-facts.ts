// Runs in: Node. insight_notices: one row per notice (emplazamiento) with what compliance without sanction and the
// notice trials count — where, what, when its deadline ends (the last Córdoba day, fixed at notification), how the
// re-inspection ended and the trial variant — and, in insight_findings, the acta a re-inspection makes when the
// owner did not comply or the city did the work (a sanction like any acta: it follows a warning).
import type { RecordFacts } from './record-triggers.ts';
import { identityKeySql } from './codes-sql.ts';
import { deleteFindingsSql, insertFindingsSql } from './finding-facts.ts';

export const NOTICE_FACTS_SQL = `
  CREATE TABLE insight_notices (
    id             TEXT PRIMARY KEY,
    origin         TEXT,
    source_id      TEXT,
    operation_type TEXT,
    category       TEXT,
    barrio         TEXT,
    identity       TEXT,
    notified_at    INTEGER,
    last_day       TEXT,     -- the last Córdoba day to comply
    due_by         INTEGER,  -- the first instant after it
    result         TEXT,     -- complied_by_owner | complied_by_city | not_complied
    result_at      INTEGER,
    trial_id       TEXT,
    variant        TEXT
  ) WITHOUT ROWID;
  CREATE INDEX insight_notices_last_day ON insight_notices (last_day, due_by, result, barrio, operation_type, category, origin, source_id);
  CREATE INDEX insight_notices_trial ON insight_notices (trial_id, variant) WHERE trial_id IS NOT NULL;
`;

const field = (path: string) => `(r.data ->> '$.${path}')`;

export const noticeFacts: RecordFacts = {
  entity: 'notice',
  remove: (id) => `DELETE FROM insight_notices WHERE id = ${id}; ${deleteFindingsSql('reinspection', id)};`,
  add: (source) => `
    INSERT INTO insight_notices (id, origin, source_id, operation_type, category, barrio, identity, notified_at, last_day, due_by,
      result, result_at, trial_id, variant)
    SELECT r.id, ${field('origin')}, ${field('sourceId')}, ${field('operationType')}, ${field('category')}, ${field('barrio')},
      ${identityKeySql(`(r.data -> '$.record.offender')`)}, ${field('notification.notifiedAt')}, ${field('notification.lastDay')},
      ${field('notification.dueBy')}, ${field('result.outcome')}, ${field('result.at')}, ${field('variant.trialId')}, ${field('variant.key')}
    FROM ${source} AS r;
    ${insertFindingsSql(
      {
        id: field('result.actaId'),
        source: 'reinspection',
        sourceId: 'r.id',
        incidentId: `CASE ${field('origin')} WHEN 'complaint' THEN ${field('sourceId')} END`,
        at: field('result.at'),
        barrio: field('barrio'),
        operationType: field('operationType'),
        category: field('category'),
        outcome: `'acta'`,
        offender: `(r.data -> '$.record.offender')`,
      },
      `${source} AS r`,
      `${field('result.actaId')} IS NOT NULL`,
    )};`,
};
