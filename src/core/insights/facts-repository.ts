// Runs in: Node. One identity's history out of the findings facts (facts/finding-facts.ts): what "antecedentes"
// shows a promoter before a warning, a notice or an acta ("warn first, sanction on repeat"). Read through the index
// on (identity, outcome, at), so an identity's history costs the same whatever the size of the cache.
import type { Database } from 'better-sqlite3';
import type { OperationType } from '../../shared/operations/codes.ts';
import type { FindingOutcome } from '../../shared/rules/findings.ts';
import type { OffenceCategory } from '../../shared/settings/catalogue.ts';
import { StatementCache } from '../cache/statements.ts';

export interface IdentityFinding {
  readonly findingId: string;
  readonly at: number;
  readonly outcome: FindingOutcome;
  readonly operationType: OperationType | null;
  readonly category: OffenceCategory;
  readonly barrio: string | null;
}

export interface IdentityCounts {
  readonly warnings: number;
  readonly notices: number;
  readonly actas: number;
  /** Court cases against the identity (only in the caches of roles that read court cases). */
  readonly cases: number;
}

const statements = new WeakMap<Database, StatementCache>();
const statementsOf = (db: Database) => {
  let cache = statements.get(db);
  if (!cache) statements.set(db, (cache = new StatementCache(db)));
  return cache;
};

const BY_IDENTITY = `SELECT id AS findingId, at, outcome, operation_type AS operationType, category, barrio
  FROM insight_findings WHERE identity = ? ORDER BY at DESC, id DESC LIMIT ?`;

const COUNTS = `SELECT count(*) FILTER (WHERE outcome = 'warning') AS warnings,
    count(*) FILTER (WHERE outcome = 'notice') AS notices,
    count(*) FILTER (WHERE outcome = 'acta') AS actas,
    (SELECT count(*) FROM insight_cases WHERE identity = @key) AS cases
  FROM insight_findings WHERE identity = @key`;

/**
 * The identity's findings, newest first: warnings, notices and actas from operations and complaints, and the actas a
 * re-inspection made of an unmet notice. `key` is identityKey(offender) (shared/rules/identity.ts).
 */
export function findingsByIdentity(db: Database, key: string, limit: number): IdentityFinding[] {
  return statementsOf(db).get(BY_IDENTITY).all(key, limit) as IdentityFinding[];
}

export function identityCounts(db: Database, key: string): IdentityCounts {
  return statementsOf(db).get(COUNTS).get({ key }) as IdentityCounts;
}
