// Hub migration 8: stored court cases and their change-log entries take the expediente shape, so a console that
// catches up from an old seq reads them with today's schema.
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../core/cache/migrate.ts';
import { OLD_CASE_OPERATION_ID, OLD_COURT_CASE } from '../../../core/cache/migrations/test-support/old-court-case.ts';
import { tempDir } from '../../../core/test-support/temp-dir.ts';
import { ChangeSchema } from '../../../shared/hub-protocol/changes.ts';
import { CourtCaseSchema } from '../../../shared/records/court-case-schema.ts';
import { HUB_STORE_FILE, openHubStore } from '../hub-store.ts';
import { HUB_MIGRATIONS } from './index.ts';

describe('hub migration 8: court cases as expedientes', () => {
  it('migrates the stored case and its change-log entry, with the operation’s barrio', () => {
    const dir = tempDir();
    const db = new Database(path.join(dir, HUB_STORE_FILE));
    migrate(db, 7, HUB_MIGRATIONS);
    const save = db.prepare('INSERT INTO records (entity, id, version, data, updated_at) VALUES (?, ?, ?, ?, 1)');
    save.run('operation', OLD_CASE_OPERATION_ID, 3, JSON.stringify({ id: OLD_CASE_OPERATION_ID, barrio: 'Alta Córdoba', version: 3 }));
    save.run('court_case', OLD_COURT_CASE.id, 1, JSON.stringify(OLD_COURT_CASE));
    db.prepare("INSERT INTO changes (at, entity, id, data) VALUES (1, 'court_case', ?, ?)").run(
      OLD_COURT_CASE.id,
      JSON.stringify(OLD_COURT_CASE),
    );
    db.close();

    const store = openHubStore(dir);
    const stored = CourtCaseSchema.parse(store.records.get('court_case', OLD_COURT_CASE.id));
    expect(stored).toMatchObject({ origin: 'operation', barrio: 'Alta Córdoba', status: 'incoming', number: null, courtId: null });
    const [change] = store.changes.since(0, ['court_case'], 10).changes;
    expect(ChangeSchema.parse(change)).toMatchObject({ entity: 'court_case', data: { barrio: 'Alta Córdoba', courtHistory: [] } });
    store.close();
  });
});
