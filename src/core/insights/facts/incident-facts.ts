// Runs in: Node. insight_incidents (one row per incident: where, when it was opened, the channel of its first
// complaint and the minutes until the first unit arrived) and insight_complaints (one row per complaint: when and
// through which channel), for complaints by channel and response times; and, in insight_findings, the finding an
// incident's close recorded. The offence category of a complaint's finding is the one its notice and court case get
// (shared/court/offence-category.ts: origin 'complaint').
import type { RecordFacts } from './record-triggers.ts';
import { offenceCategorySql } from './codes-sql.ts';
import { deleteFindingsSql, insertFindingsSql } from './finding-facts.ts';
import { cordobaDaySql } from './sql-time.ts';

export const INCIDENT_FACTS_SQL = `
  CREATE TABLE insight_incidents (
    id              TEXT PRIMARY KEY,
    opened_at       INTEGER,
    day             TEXT,
    barrio          TEXT,
    category        TEXT,
    channel         TEXT,
    arrival_minutes REAL
  ) WITHOUT ROWID;
  CREATE INDEX insight_incidents_day ON insight_incidents (day, barrio, channel, arrival_minutes);
  CREATE TABLE insight_complaints (
    incident_id TEXT,
    channel     TEXT,
    received_at INTEGER,
    day         TEXT,
    barrio      TEXT
  );
  CREATE INDEX insight_complaints_incident ON insight_complaints (incident_id);
  CREATE INDEX insight_complaints_day ON insight_complaints (day, channel, barrio);
`;

const field = (path: string) => `(r.data ->> '$.${path}')`;

export const incidentFacts: RecordFacts = {
  entity: 'incident',
  remove: (id) => `DELETE FROM insight_incidents WHERE id = ${id};
    DELETE FROM insight_complaints WHERE incident_id = ${id};
    ${deleteFindingsSql('incident', id)};`,
  add: (source) => `
    INSERT INTO insight_incidents (id, opened_at, day, barrio, category, channel, arrival_minutes)
    SELECT r.id, ${field('openedAt')}, ${cordobaDaySql(field('openedAt'))}, ${field('place.barrio')}, ${field('category')},
      ${field('complaints[0].channel')}, (${field('arrivedAt')} - ${field('openedAt')}) / 60000.0
    FROM ${source} AS r;
    INSERT INTO insight_complaints (incident_id, channel, received_at, day, barrio)
    SELECT r.id, c.value ->> '$.channel', c.value ->> '$.receivedAt', ${cordobaDaySql(`c.value ->> '$.receivedAt'`)}, ${field('place.barrio')}
    FROM ${source} AS r, json_each(r.data, '$.complaints') AS c;
    ${insertFindingsSql(
      {
        id: field('finding.id'),
        source: 'incident',
        sourceId: 'r.id',
        incidentId: 'r.id',
        at: `coalesce(${field('finding.finding.record.occurredAt')}, ${field('closedAt')}, ${field('openedAt')})`,
        barrio: field('place.barrio'),
        operationType: 'NULL',
        category: offenceCategorySql("'complaint'", 'NULL'),
        outcome: field('finding.finding.outcome'),
        offender: `coalesce(r.data -> '$.finding.finding.record.offender', r.data -> '$.finding.finding.offender')`,
      },
      `${source} AS r`,
      `${field('finding.id')} IS NOT NULL`,
    )};`,
};
