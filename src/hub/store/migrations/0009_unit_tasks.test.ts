// Hub migration 9: stored units, their change-log entries and the units kept in replay answers take the new shape
// (no task, never reported), so the unit book, a console catching up from an old seq and a replayed push all read
// them with today's schemas.
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../core/cache/migrate.ts';
import { tempDir } from '../../../core/test-support/temp-dir.ts';
import { ChangeSchema } from '../../../shared/hub-protocol/changes.ts';
import { PushResultSchema } from '../../../shared/hub-protocol/push.ts';
import { UnitSchema } from '../../../shared/records/unit.ts';
import { HUB_STORE_FILE, openHubStore } from '../hub-store.ts';
import { HUB_MIGRATIONS } from './index.ts';

const CLIENT = '0190a8c0-0000-7000-8000-0000000000c1';
const UNIT = { id: 'movil-01', callSign: 'Móvil 01', kind: 'vehicle', crew: ['Ana Paz', 'Luis Gómez'], status: 'en_route', version: 4 };
const OLD_UNIT = { ...UNIT, assignment: 'Reclamo 12' };
const NEW_FIELDS = { statusAt: null, statusSource: null, task: null, silenceAck: null };

describe('hub migration 9: unit tasks', () => {
  it('rewrites stored units, their changes and the units of replay answers', () => {
    const dir = tempDir();
    const db = new Database(path.join(dir, HUB_STORE_FILE));
    migrate(db, 8, HUB_MIGRATIONS);
    db.prepare("INSERT INTO records (entity, id, version, data, updated_at) VALUES ('unit', 'movil-01', 4, ?, 1)").run(
      JSON.stringify(OLD_UNIT),
    );
    const operation = { id: '0190a8c0-0000-7000-8000-000000000001', version: 2, team: 'Equipo 05' };
    db.prepare("INSERT INTO records (entity, id, version, data, updated_at) VALUES ('operation', ?, 2, ?, 1)").run(
      operation.id,
      JSON.stringify(operation),
    );
    db.prepare("INSERT INTO changes (at, entity, id, data) VALUES (1, 'unit', 'movil-01', ?)").run(JSON.stringify(OLD_UNIT));
    const answer = db.prepare(
      "INSERT INTO client_results (client_id, client_seq, mutation_id, username, result, decided_at) VALUES (?, ?, ?, 'despacho', ?, 1)",
    );
    answer.run(CLIENT, 1, '0190a8c0-0000-7000-8000-000000000101', JSON.stringify({ clientSeq: 1, ok: true, seq: 1, record: OLD_UNIT }));
    answer.run(
      CLIENT,
      2,
      '0190a8c0-0000-7000-8000-000000000102',
      JSON.stringify({ clientSeq: 2, ok: false, reason: 'version_conflict', current: OLD_UNIT }),
    );
    answer.run(CLIENT, 3, '0190a8c0-0000-7000-8000-000000000103', JSON.stringify({ clientSeq: 3, ok: true, seq: 2, record: operation }));
    db.close();

    const store = openHubStore(dir);
    const unit = { ...UNIT, ...NEW_FIELDS };
    expect(UnitSchema.strict().parse(store.records.get('unit', 'movil-01'))).toEqual(unit);
    expect(store.records.get('operation', operation.id)).toEqual(operation);
    const [change] = store.changes.since(0, ['unit'], 10).changes;
    expect(ChangeSchema.parse(change)).toMatchObject({ entity: 'unit', data: unit });
    expect(change!.data).not.toHaveProperty('assignment');
    const decided = (seq: number) => store.clientMutations.decided(CLIENT, seq)!.result;
    expect([1, 2].map((seq) => PushResultSchema.parse(decided(seq)))).toEqual([
      { clientSeq: 1, ok: true, seq: 1, record: unit },
      { clientSeq: 2, ok: false, reason: 'version_conflict', current: unit },
    ]);
    expect(decided(3)).toEqual({ clientSeq: 3, ok: true, seq: 2, record: operation });
    store.close();
  });
});
