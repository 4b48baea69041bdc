// Runs in: Node. The fact tables as one piece: their tables and triggers, and filling them from the records already
// in the cache. Cache migration 11 installs them; a later change to what the facts hold is a new migration that runs
// REBUILD_FACTS_SQL after replacing the triggers, so the facts never disagree with the records.
import type { Database } from 'better-sqlite3';
import { CASE_FACTS_SQL, caseFacts } from './case-facts.ts';
import { FINDING_FACTS_SQL } from './finding-facts.ts';
import { INCIDENT_FACTS_SQL, incidentFacts } from './incident-facts.ts';
import { NOTICE_FACTS_SQL, noticeFacts } from './notice-facts.ts';
import {
  closedOperationsWhere,
  insertOperationFactsSql,
  insertOperationFindingsSql,
  judgeOperationsSql,
  OPERATION_FACTS_SQL,
  OPERATION_TRIGGERS_SQL,
} from './operation-facts.ts';
import { recordsOf, recordTriggersSql, type RecordFacts } from './record-triggers.ts';
import { VERDICT_RULES_SQL } from './verdict-sql.ts';

const RECORD_FACTS: readonly RecordFacts[] = [noticeFacts, incidentFacts, caseFacts];

/** Every fact table, emptied by REBUILD_FACTS_SQL (the verdict rules are settings, not facts: judge.ts keeps them). */
export const FACT_TABLES = [
  'insight_operations',
  'insight_operation_days',
  'insight_operation_barrio_days',
  'insight_findings',
  'insight_notices',
  'insight_incidents',
  'insight_complaints',
  'insight_cases',
  'insight_case_spans',
] as const;

const ALL_OPERATIONS = closedOperationsWhere('1');

/** Empties the facts and fills them again from every record (one pass per table). */
export const REBUILD_FACTS_SQL = `
  ${FACT_TABLES.map((t) => `DELETE FROM ${t};`).join('\n')}
  ${insertOperationFactsSql(ALL_OPERATIONS)};
  ${judgeOperationsSql('1').join(';\n')};
  ${insertOperationFindingsSql(ALL_OPERATIONS)};
  ${RECORD_FACTS.map((f) => f.add(recordsOf(f.entity))).join('\n')}
`;

export const INSTALL_FACTS_SQL = `
  ${VERDICT_RULES_SQL}
  ${OPERATION_FACTS_SQL}
  ${FINDING_FACTS_SQL}
  ${NOTICE_FACTS_SQL}
  ${INCIDENT_FACTS_SQL}
  ${CASE_FACTS_SQL}
  ${OPERATION_TRIGGERS_SQL}
  ${RECORD_FACTS.map(recordTriggersSql).join('\n')}
  ${REBUILD_FACTS_SQL}
`;

const AFTER_SEQ = closedOperationsWhere('seq > ?');

/**
 * The facts of the operations after `afterSeq`, in one pass: for a bulk load, which drops the operations table's
 * triggers while it inserts (core/operations/repository.ts). The caller's transaction.
 */
export function addOperationFacts(db: Database, afterSeq: number): void {
  db.prepare(insertOperationFactsSql(AFTER_SEQ)).run(afterSeq);
  for (const judge of judgeOperationsSql('seq > ?')) db.prepare(judge).run(afterSeq);
  db.prepare(insertOperationFindingsSql(AFTER_SEQ)).run(afterSeq);
}
