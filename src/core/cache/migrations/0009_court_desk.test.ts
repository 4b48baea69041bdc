// Cache migration 9: a cache from before the court desk gains the audit chains' and the drafts' tables, and the
// hearings already cached are found by start and by case through the new indexes (not by reading every record).
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { hearingAt } from '../../../shared/records/test-support/court-cases.ts';
import { HearingsRepository } from '../../court/hearings-repository.ts';
import { tempDir } from '../../test-support/temp-dir.ts';
import { migrate } from '../migrate.ts';

const CASE = '0190a8c0-0000-7000-8000-0000000000c1';

describe('cache migration 9: the court desk', () => {
  it('adds the audit and draft tables and indexes the hearings already cached', () => {
    const db = new Database(path.join(tempDir(), 'c.db'));
    migrate(db, 8);
    const hearing = hearingAt(CASE, 'scheduled');
    db.prepare("INSERT INTO records (entity, id, version, data) VALUES ('hearing', ?, 1, ?)").run(hearing.id, JSON.stringify(hearing));
    migrate(db);
    const tables = db
      .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name IN ('audit_entries', 'hearing_drafts')")
      .pluck()
      .all();
    expect(tables.sort()).toEqual(['audit_entries', 'hearing_drafts']);
    const hearings = new HearingsRepository(db);
    expect(hearings.startingBetween(hearing.start, hearing.start + 1).map((h) => h.id)).toEqual([hearing.id]);
    expect(hearings.ofCase(CASE)).toEqual([hearing]);
    // The repository names its indexes (INDEXED BY): a query SQLite cannot serve with them fails to prepare.
    const plan = (sql: string) => (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((r) => r.detail).join(' ');
    expect(
      plan(
        "SELECT data FROM records INDEXED BY records_hearing_start WHERE entity = 'hearing' AND json_extract(data, '$.start') >= 1 AND json_extract(data, '$.start') < 2",
      ),
    ).toMatch(/USING INDEX records_hearing_start/);
    expect(
      plan("SELECT data FROM records INDEXED BY records_hearing_case WHERE entity = 'hearing' AND json_extract(data, '$.caseId') = 'x'"),
    ).toMatch(/USING INDEX records_hearing_case/);
  });
});
