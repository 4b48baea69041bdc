// Cache migration 11: a cache from before Indicadores gets the fact tables filled from the records it already holds
// (the hand-checked data set), the same as the triggers would have made them; its readings are judged when the
// console opens it, by the settings it judges by.
import { createHash } from 'node:crypto';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { OperationsRepository } from '../../operations/repository.ts';
import { RecordsRepository } from '../../records/repository.ts';
import { tempDir } from '../../test-support/temp-dir.ts';
import { createCache } from '../cache.ts';
import { CACHE_FILE_NAME } from '../cache-session.ts';
import { migrate } from '../migrate.ts';
import migration11 from './0011_insight_facts.ts';
import { FACT_TABLES } from '../../insights/facts/install.ts';
import { CASES, INCIDENTS, NOTICES, OPERATIONS, writeHandChecked } from '../../insights/test-support/hand-checked.ts';

const counts = (db: Database.Database) =>
  Object.fromEntries(FACT_TABLES.map((t) => [t, db.prepare(`SELECT count(*) FROM ${t}`).pluck().get()]));
const facts = (db: Database.Database) =>
  Object.fromEntries(
    FACT_TABLES.map((t) => [t, (db.prepare(`SELECT * FROM ${t}`).all() as object[]).map((r) => JSON.stringify(r)).sort()]),
  );
const verdicts = (db: Database.Database) =>
  db
    .prepare('SELECT seq, alcohol_decided, alcohol_positive, noise_judged, noise_exceeds FROM insight_operations ORDER BY seq')
    .raw()
    .all() as number[][];

describe('cache migration 11: insight facts', () => {
  it('fills the facts from the records cached before, as the triggers make them; the readings are judged on open', () => {
    const dir = tempDir();
    const old = new Database(path.join(dir, CACHE_FILE_NAME));
    migrate(old, 10);
    const operations = new OperationsRepository(old);
    const records = new RecordsRepository(old);
    old.transaction(() => {
      operations.put(OPERATIONS);
      NOTICES.forEach((r) => records.put('notice', r));
      INCIDENTS.forEach((r) => records.put('incident', r));
      CASES.forEach((r) => records.put('court_case', r));
    })();
    migrate(old);
    // Nothing judged yet: the rule tables are empty until the console opens the cache.
    expect(verdicts(old).every(([, ...v]) => v.every((x) => x === 0))).toBe(true);
    old.close();

    const migrated = createCache(path.join(dir, CACHE_FILE_NAME));
    const fresh = createCache(path.join(tempDir(), CACHE_FILE_NAME));
    writeHandChecked(fresh);
    expect(counts(migrated.db)).toEqual({
      insight_operations: 14,
      insight_operation_days: 12,
      insight_operation_barrio_days: 12,
      insight_findings: 13,
      insight_notices: 5,
      insight_incidents: 4,
      insight_complaints: 5,
      insight_cases: 5,
      insight_case_spans: 20,
    });
    expect(facts(migrated.db)).toEqual(facts(fresh.db));
    // O1 (2 decided, 1 positive), O2 (void), O3 (over), O4 (within), O9 (over).
    expect(verdicts(migrated.db).filter(([, ...v]) => v.some((x) => x > 0))).toEqual([
      [1, 2, 1, 0, 0],
      [3, 0, 0, 1, 1],
      [4, 0, 0, 1, 0],
      [9, 0, 0, 1, 1],
    ]);
    migrated.close();
    fresh.close();
  });

  // A migration, once a console has run it, must never change: the SQL it runs is the facts' own (install.ts) only
  // while nothing has changed them. The day install.ts changes, this fails: copy the SQL it had into this migration
  // as a literal (frozen), and put the change in a new migration that replaces the triggers and runs REBUILD_FACTS_SQL.
  it('runs the SQL it was released with', () => {
    expect(createHash('sha256').update(migration11.up).digest('hex')).toBe(
      'a3115f90bcba801e7f4b7b0ee6dd4c2e380684e88dc0e4c45e8d1c305a5112b7',
    );
  });
});
