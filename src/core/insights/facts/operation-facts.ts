// Runs in: Node. insight_operations: one row per closed operation, on its shift's Córdoba day (sql-time.ts), with
// what the operation-based indicators add up — people reached, alcohol tests judged and positive, the noise
// reading's verdict, the camera clip reviewed and whether it was notified —, those figures added up per day (below),
// and the operation's findings in insight_findings. Triggers on the operations table keep both equal to the closed operations on every write path
// (a local write, a sync batch, a first sync, the demo seed); a bulk load (core/operations/repository.ts) drops the
// table's triggers and adds the facts of its rows in one pass with addOperationFacts (install.ts).
//
// People reached: drivers tested and anonymous self-tests at a checkpoint, attendees of an education session, and
// everywhere else each finding that addressed someone (guidance, warning, notice, acta, referral).
// A camera clip is "notified" when the review warned the owner or wrote an acta (not when it was discarded).
import { offenceCategorySql } from './codes-sql.ts';
import { deleteFindingsSql, insertFindingsSql } from './finding-facts.ts';
import { shiftDaySql } from './sql-time.ts';
import { alcoholFieldsSql, alcoholStatusSql, noiseFieldsSql, noiseStatusSql, rulesOnSql } from './verdict-sql.ts';

const FIGURES = [
  'people',
  'alcohol_decided',
  'alcohol_positive',
  'noise_judged',
  'noise_exceeds',
  'camera_reviewed',
  'camera_notified',
] as const;
/** The figures the judge rewrites (the others never change: a changed operation's facts are replaced). */
const VERDICTS = ['alcohol_decided', 'alcohol_positive', 'noise_judged', 'noise_exceeds'] as const;

/** A table of the figures added up by `keys` (every operation's key columns are NOT NULL), kept by triggers on the facts. */
function sumsSql(table: string, keys: readonly string[]): string {
  const match = (row: 'new' | 'old') => keys.map((k) => `${k} = ${row}.${k}`).join(' AND ');
  return `
  CREATE TABLE ${table} (
    ${keys.map((k) => `${k} TEXT NOT NULL`).join(',\n    ')},
    category   TEXT,
    operations INTEGER NOT NULL,
    ${FIGURES.map((f) => `${f} INTEGER NOT NULL`).join(',\n    ')},
    PRIMARY KEY (${keys.join(', ')})
  ) WITHOUT ROWID;
  CREATE TRIGGER ${table}_added AFTER INSERT ON insight_operations
  BEGIN
    INSERT INTO ${table} (${keys.join(', ')}, category, operations, ${FIGURES.join(', ')})
      VALUES (${keys.map((k) => `new.${k}`).join(', ')}, new.category, 1, ${FIGURES.map((f) => `coalesce(new.${f}, 0)`).join(', ')})
      ON CONFLICT (${keys.join(', ')}) DO UPDATE SET operations = operations + 1, ${FIGURES.map((f) => `${f} = ${f} + excluded.${f}`).join(', ')};
  END;
  CREATE TRIGGER ${table}_judged AFTER UPDATE OF ${VERDICTS.join(', ')} ON insight_operations
  BEGIN
    UPDATE ${table} SET ${VERDICTS.map((f) => `${f} = ${f} + coalesce(new.${f}, 0) - coalesce(old.${f}, 0)`).join(', ')} WHERE ${match('old')};
  END;
  CREATE TRIGGER ${table}_removed AFTER DELETE ON insight_operations
  BEGIN
    UPDATE ${table} SET operations = operations - 1, ${FIGURES.map((f) => `${f} = ${f} - coalesce(old.${f}, 0)`).join(', ')}
      WHERE ${match('old')};
    DELETE FROM ${table} WHERE ${match('old')} AND operations = 0;
  END;`;
}

// The indicators read the figures added up per day, type and shift (insight_operation_days: a year is a few thousand
// rows instead of hundreds of thousands), or per barrio, day, type and shift when a barrio or CPC filter asks
// (insight_operation_barrio_days: a barrio's rows are contiguous). The operations' own rows serve the triggers.
export const OPERATION_FACTS_SQL = `
  CREATE TABLE insight_operations (
    day              TEXT NOT NULL,
    seq              INTEGER NOT NULL,
    barrio           TEXT NOT NULL,
    type             TEXT NOT NULL,
    category         TEXT,
    shift            TEXT NOT NULL,
    ${FIGURES.map((f) => `${f} INTEGER`).join(',\n    ')},
    PRIMARY KEY (day, seq)
  ) WITHOUT ROWID;
  ${sumsSql('insight_operation_days', ['day', 'type', 'shift'])}
  ${sumsSql('insight_operation_barrio_days', ['barrio', 'day', 'type', 'shift'])}
`;

/** The columns of an operation the facts read, from the trigger's row (`new`/`old`) or the table. */
const COLUMNS = ['seq', 'id', 'type', 'barrio', 'planned_start', 'shift', 'details'] as const;
export const closedOperationOf = (row: 'new' | 'old') =>
  `(SELECT ${COLUMNS.map((c) => `${row}.${c} AS ${c}`).join(', ')} WHERE ${row}.status = 'closed')`;
export const closedOperationsWhere = (where: string) =>
  `(SELECT ${COLUMNS.join(', ')} FROM operations WHERE status = 'closed' AND ${where})`;

const REACHING = `('guidance', 'warning', 'notice', 'acta', 'referral')`;

/** The facts of the closed operations `source` yields; their verdicts come after (judgeOperationsSql). */
export const insertOperationFactsSql = (source: string) => `
  INSERT INTO insight_operations (day, seq, barrio, type, category, shift, ${FIGURES.join(', ')})
  SELECT ${shiftDaySql('o.planned_start', 'o.shift')}, o.seq, o.barrio, o.type, ${offenceCategorySql("'operation'", 'o.type')}, o.shift,
    CASE o.type
      WHEN 'alcohol_test' THEN coalesce(json_array_length(o.details, '$.result.tests'), 0) + coalesce(o.details ->> '$.result.selfTests', 0)
      WHEN 'education_session' THEN coalesce(o.details ->> '$.result.attended', 0)
      ELSE (SELECT count(*) FROM json_each(o.details, '$.findings') AS f WHERE f.value ->> '$.finding.outcome' IN ${REACHING})
    END,
    0, 0, 0, 0,
    o.type = 'camera_review' AND o.details ->> '$.result.decision' IS NOT NULL,
    o.type = 'camera_review' AND coalesce(o.details ->> '$.result.decision' IN ('warning', 'acta'), 0)
  FROM ${source} AS o`;

/**
 * Judges the alcohol tests and noise readings of the facts `where` selects (a condition on insight_operations) under
 * the verdict rules as they stand: each test once (verdict-sql.ts), counted per operation. A test's JSON is turned
 * into SQLite's binary JSON first: its fields are then read without parsing it again for each (half the time).
 */
export const judgeOperationsSql = (where: string): readonly [alcohol: string, noise: string] => [
  `UPDATE insight_operations SET (alcohol_decided, alcohol_positive) = (
    SELECT coalesce(sum(s >= 1), 0), coalesce(sum(s = 2), 0) FROM (
      SELECT ${alcoholStatusSql('t', 'ar')} AS s
      FROM (SELECT ${alcoholFieldsSql('j.test')} FROM (SELECT jsonb(j.value) AS test FROM operations AS o,
        json_each(o.details, '$.result.tests') AS j WHERE o.seq = insight_operations.seq LIMIT -1) AS j LIMIT -1) AS t
      LEFT JOIN ${rulesOnSql('insight_alcohol_rules', 'ar', 't')} LIMIT -1))
  WHERE type = 'alcohol_test' AND ${where}`,
  `UPDATE insight_operations SET (noise_judged, noise_exceeds) = (
    SELECT coalesce(s >= 1, 0), coalesce(s = 2, 0) FROM (
      SELECT ${noiseStatusSql('n', 'nr')} AS s
      FROM (SELECT ${noiseFieldsSql('o.details', '$.result')} FROM operations AS o WHERE o.seq = insight_operations.seq LIMIT -1) AS n
      LEFT JOIN ${rulesOnSql('insight_noise_rules', 'nr', 'n')} LIMIT -1))
  WHERE type = 'noise_check' AND ${where}`,
];

/** The findings of the closed operations `source` yields. */
export const insertOperationFindingsSql = (source: string) =>
  insertFindingsSql(
    {
      id: `f.value ->> '$.id'`,
      source: 'operation',
      sourceId: 'o.id',
      incidentId: 'NULL',
      // A warning or guidance has no time of its own: the operation's.
      at: `coalesce(f.value ->> '$.finding.record.occurredAt', o.planned_start)`,
      barrio: 'o.barrio',
      operationType: 'o.type',
      category: offenceCategorySql("'operation'", 'o.type'),
      outcome: `f.value ->> '$.finding.outcome'`,
      offender: `coalesce(f.value -> '$.finding.record.offender', f.value -> '$.finding.offender')`,
    },
    `${source} AS o, json_each(o.details, '$.findings') AS f`,
  );

/** The facts row of the trigger's operation, by its key. */
const factsOf = (row: 'new' | 'old') => `day = ${shiftDaySql(`${row}.planned_start`, `${row}.shift`)} AND seq = ${row}.seq`;

const deleteOperationFactsSql = (row: 'new' | 'old') => `
  DELETE FROM insight_operations WHERE ${factsOf(row)};
  ${deleteFindingsSql('operation', `${row}.id`)};`;

const facts = (row: 'new' | 'old') => `
  ${insertOperationFactsSql(closedOperationOf(row))};
  ${judgeOperationsSql(factsOf(row)).join(';\n')};
  ${insertOperationFindingsSql(closedOperationOf(row))};`;

/** Every change of what the facts read: the old facts go, the new row's come (if it is closed). Operations are never
 * written with INSERT OR REPLACE, so a new row has no facts to replace. */
export const OPERATION_TRIGGERS_SQL = `
  CREATE TRIGGER insight_operation_added AFTER INSERT ON operations WHEN new.status = 'closed'
  BEGIN ${facts('new')} END;
  CREATE TRIGGER insight_operation_changed AFTER UPDATE OF status, type, barrio, planned_start, shift, details ON operations
    WHEN old.status = 'closed' OR new.status = 'closed'
  BEGIN ${deleteOperationFactsSql('old')} ${facts('new')} END;
  CREATE TRIGGER insight_operation_removed AFTER DELETE ON operations WHEN old.status = 'closed'
  BEGIN ${deleteOperationFactsSql('old')} END;
`;
