// Cache migration 8: a court case cached in its first shape reads with today's schema after the migration, with
// the barrio of its operation.
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { CourtCaseSchema } from '../../../shared/records/court-case-schema.ts';
import { tempDir } from '../../test-support/temp-dir.ts';
import { migrate } from '../migrate.ts';
import { OLD_COURT_CASE, OLD_CASE_OPERATION_ID } from './test-support/old-court-case.ts';

describe('cache migration 8: court cases as expedientes', () => {
  it('brings a cached case to the new shape, incoming, with its operation’s barrio', () => {
    const db = new Database(path.join(tempDir(), 'c.db'));
    migrate(db, 7);
    db.prepare(
      `INSERT INTO operations (id, type, status, barrio, lat, lng, address, address_search, planned_start, planned_end, shift, team,
         created_at, updated_at, version)
       VALUES (?, 'alcohol_test', 'closed', 'Nueva Córdoba', -31.43, -64.19, 'Bv. Chacabuco 500', 'bv. chacabuco 500', 1, 2, 'night',
         'Equipo 01', 1, 2, 3)`,
    ).run(OLD_CASE_OPERATION_ID);
    db.prepare("INSERT INTO records (entity, id, version, data) VALUES ('court_case', ?, 1, ?)").run(
      OLD_COURT_CASE.id,
      JSON.stringify(OLD_COURT_CASE),
    );
    migrate(db);
    const migrated = CourtCaseSchema.parse(JSON.parse(db.prepare('SELECT data FROM records').pluck().get() as string));
    expect(migrated).toMatchObject({
      id: OLD_COURT_CASE.id,
      origin: 'operation',
      barrio: 'Nueva Córdoba',
      status: 'incoming',
      number: null,
      courtHistory: [],
      timeline: [{ at: OLD_COURT_CASE.createdAt, status: 'incoming', by: null }],
      promoterName: null,
      record: OLD_COURT_CASE.record,
    });
  });
});
