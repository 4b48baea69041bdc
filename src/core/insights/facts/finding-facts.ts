// Runs in: Node. insight_findings: one row per finding — an operation's (its details), a complaint's (its incident's
// finding) and the acta a re-inspection makes of an unmet notice — with where, when, what and against whom
// (identity: shared/rules/identity.ts, the key "antecedentes" and the repeat-offender indicator count by). Kept by the
// triggers of operation-facts.ts, incident-facts.ts and notice-facts.ts.
//
// Two links are kept by triggers on the table itself, whatever order findings arrive in (a sync brings an identity's
// history in any order), so that the indicators compare columns instead of searching an identity's history for every
// row: a warning's next_acta_at, the first acta against the same identity after it ("not followed by an acta within
// N months" is a comparison, with N whatever the dated rule says at query time); and a notice's or acta's prev_day,
// the day of the identity's one before (an identity's first in a range is the row whose prev_day is before it, so
// identities are counted without sorting them; and "K within W months" needs only the rows whose previous one is
// within W months).
//
// No constraint here can refuse a row: a fact must never make the write of its record fail.
import { cordobaDaySql } from './sql-time.ts';
import { identityKeySql } from './codes-sql.ts';

/** A notice or an acta from an operation or a complaint, against an identity: what repeat offenders count (the acta a
 * re-inspection makes of an unmet notice is the same offence). The partial indexes below repeat it word for word. */
export const SANCTION = (f = '') => {
  const c = f ? `${f}.` : '';
  return `${c}outcome IN ('notice', 'acta') AND ${c}source <> 'reinspection' AND ${c}identity IS NOT NULL`;
};

export const FINDING_FACTS_SQL = `
  CREATE TABLE insight_findings (
    id             TEXT,
    source         TEXT,    -- operation | incident | reinspection
    source_id      TEXT,    -- the operation, incident or notice
    incident_id    TEXT,    -- the complaint's incident, if it came from one (for the channel filter)
    at             INTEGER,
    day            TEXT,
    barrio         TEXT,
    operation_type TEXT,
    category       TEXT,
    outcome        TEXT,
    identity       TEXT,
    next_acta_at   INTEGER, -- warnings: the first acta against the identity after it
    prev_day       TEXT     -- notices and actas: the day of the identity's notice or acta before it
  );
  CREATE INDEX insight_findings_source ON insight_findings (source_id);
  CREATE INDEX insight_findings_identity ON insight_findings (identity, outcome, at) WHERE identity IS NOT NULL;
  CREATE INDEX insight_findings_warnings ON insight_findings (day, next_acta_at, barrio, operation_type, category, incident_id)
    WHERE outcome = 'warning' AND identity IS NOT NULL;
  CREATE INDEX insight_findings_sanctions ON insight_findings (identity, at, id) WHERE ${SANCTION()};
  CREATE INDEX insight_findings_sanction_days ON insight_findings (day, prev_day, identity, at, barrio, operation_type, category,
    incident_id) WHERE ${SANCTION()};

  CREATE TRIGGER insight_findings_acta_added AFTER INSERT ON insight_findings
    WHEN new.outcome = 'acta' AND new.identity IS NOT NULL
  BEGIN
    UPDATE insight_findings SET next_acta_at = new.at
      WHERE identity = new.identity AND outcome = 'warning' AND at < new.at AND (next_acta_at IS NULL OR next_acta_at > new.at);
  END;
  CREATE TRIGGER insight_findings_warning_added AFTER INSERT ON insight_findings
    WHEN new.outcome = 'warning' AND new.identity IS NOT NULL
  BEGIN
    UPDATE insight_findings SET next_acta_at =
        (SELECT min(a.at) FROM insight_findings AS a WHERE a.identity = new.identity AND a.outcome = 'acta' AND a.at > new.at)
      WHERE rowid = new.rowid;
  END;
  CREATE TRIGGER insight_findings_acta_removed AFTER DELETE ON insight_findings
    WHEN old.outcome = 'acta' AND old.identity IS NOT NULL
  BEGIN
    UPDATE insight_findings SET next_acta_at =
        (SELECT min(a.at) FROM insight_findings AS a WHERE a.identity = old.identity AND a.outcome = 'acta' AND a.at > insight_findings.at)
      WHERE identity = old.identity AND outcome = 'warning' AND next_acta_at = old.at;
  END;

  CREATE TRIGGER insight_findings_sanction_added AFTER INSERT ON insight_findings WHEN ${SANCTION('new')}
  BEGIN
    UPDATE insight_findings SET prev_day = (SELECT p.day FROM insight_findings AS p
        WHERE ${SANCTION('p')} AND p.identity = new.identity AND (p.at, p.id) < (new.at, new.id) ORDER BY p.at DESC, p.id DESC LIMIT 1)
      WHERE rowid = new.rowid;
    UPDATE insight_findings SET prev_day = new.day WHERE rowid = (SELECT n.rowid FROM insight_findings AS n
        WHERE ${SANCTION('n')} AND n.identity = new.identity AND (n.at, n.id) > (new.at, new.id) ORDER BY n.at, n.id LIMIT 1);
  END;
  CREATE TRIGGER insight_findings_sanction_removed AFTER DELETE ON insight_findings WHEN ${SANCTION('old')}
  BEGIN
    UPDATE insight_findings SET prev_day = old.prev_day WHERE rowid = (SELECT n.rowid FROM insight_findings AS n
        WHERE ${SANCTION('n')} AND n.identity = old.identity AND (n.at, n.id) > (old.at, old.id) ORDER BY n.at, n.id LIMIT 1);
  END;
`;

export interface FindingFields {
  readonly id: string;
  readonly source: 'operation' | 'incident' | 'reinspection';
  readonly sourceId: string;
  readonly incidentId: string;
  readonly at: string;
  readonly barrio: string;
  readonly operationType: string;
  readonly category: string;
  readonly outcome: string;
  /** The offender's JSON, or NULL. */
  readonly offender: string;
}

/** INSERT … SELECT of findings: each field an SQL expression over `from` (and `where`). */
export const insertFindingsSql = (f: FindingFields, from: string, where = '1') => `
  INSERT INTO insight_findings (id, source, source_id, incident_id, at, day, barrio, operation_type, category, outcome, identity)
  SELECT ${f.id}, '${f.source}', ${f.sourceId}, ${f.incidentId}, ${f.at}, ${cordobaDaySql(f.at)}, ${f.barrio}, ${f.operationType},
    ${f.category}, ${f.outcome}, ${identityKeySql(f.offender)}
  FROM ${from} WHERE ${where}`;

export const deleteFindingsSql = (source: FindingFields['source'], sourceId: string) =>
  `DELETE FROM insight_findings WHERE source_id = ${sourceId} AND source = '${source}'`;
