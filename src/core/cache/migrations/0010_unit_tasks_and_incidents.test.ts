// Cache migration 10: a cache from before Despacho reads its units in the new shape (no task, never reported), a
// pending free-text assignment stays in its outbox place but withdrawn — a change the hub can still read — with its
// unit back at the hub's version, and incidents are found by when they closed through the new index.
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { MutationSchema } from '../../../shared/records/mutations.ts';
import { UnitSchema } from '../../../shared/records/unit.ts';
import { tempDir } from '../../test-support/temp-dir.ts';
import { UnitsRepository } from '../../units/repository.ts';
import { migrate } from '../migrate.ts';

const OPERATION = '0190a8c0-0000-7000-8000-000000000001';
const UNIT = { id: 'movil-01', callSign: 'Móvil 01', kind: 'vehicle', crew: ['Ana Paz'], status: 'en_route' };
/** What the hub last confirmed of the unit before the console's pending assignment. */
const CONFIRMED = { ...UNIT, assignment: null, version: 1 };

describe('cache migration 10: unit tasks and incidents', () => {
  it('gives cached units the new fields and withdraws a pending assignment in its place', () => {
    const db = new Database(path.join(tempDir(), 'c.db'));
    migrate(db, 9);
    db.prepare("INSERT INTO units VALUES ('movil-01', 'Móvil 01', 'vehicle', '[\"Ana Paz\"]', 'en_route', 'Reclamo 12', 2)").run();
    db.prepare("INSERT INTO units VALUES ('movil-02', 'Móvil 02', 'vehicle', '[]', 'available', NULL, 5)").run();
    const queue = db.prepare(
      'INSERT INTO outbox (mutation_id, entity, record_id, base_version, mutation, author, made_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
    const madeAt = Date.UTC(2026, 11, 10, 13);
    const assign = { kind: 'unit.assign', id: 'movil-01', assignment: 'Reclamo 12' };
    queue.run('0190a8c0-0000-7000-8000-0000000000a1', 'unit', 'movil-01', 1, JSON.stringify(assign), 'despacho', madeAt);
    const update = { kind: 'operation.update', id: OPERATION, patch: { team: 'Equipo 09' } };
    queue.run('0190a8c0-0000-7000-8000-0000000000a2', 'operation', OPERATION, 1, JSON.stringify(update), 'coordinacion', madeAt);
    db.prepare("INSERT INTO confirmed VALUES ('unit', 'movil-01', ?)").run(JSON.stringify(CONFIRMED));
    db.prepare(
      "INSERT INTO conflicts (entity, record_id, reason, mutations, mine, theirs, created_at) VALUES ('unit', 'movil-02', 'forbidden', ?, NULL, NULL, 1)",
    ).run(JSON.stringify([{ ...assign, id: 'movil-02' }]));

    migrate(db);

    const units = new UnitsRepository(db);
    const fresh = { statusAt: null, statusSource: null, task: null, silenceAck: null };
    expect(UnitSchema.parse(units.get('movil-01'))).toEqual({ ...UNIT, ...fresh, version: 1 });
    expect(units.get('movil-02')).toMatchObject({ ...fresh, version: 5 });
    const outbox = db.prepare('SELECT client_seq AS seq, entity, mutation, withdrawn FROM outbox ORDER BY client_seq').all() as {
      seq: number;
      entity: string;
      mutation: string;
      withdrawn: number;
    }[];
    expect(outbox.map((e) => [e.seq, e.entity, e.withdrawn])).toEqual([
      [1, 'unit', 1],
      [2, 'operation', 0],
    ]);
    expect(MutationSchema.parse(JSON.parse(outbox[0]!.mutation))).toEqual({
      kind: 'unit.acknowledgeSilence',
      id: 'movil-01',
      lastSeenAt: 0,
      at: madeAt,
    });
    expect(db.prepare('SELECT pending FROM outbox_count').pluck().get()).toBe(1);
    expect(db.prepare("SELECT COUNT(*) FROM confirmed WHERE entity = 'unit'").pluck().get()).toBe(0);
    expect(db.prepare('SELECT COUNT(*) FROM conflicts').pluck().get()).toBe(0);
  });

  it('indexes incidents by when they closed, with the units they work with beside it', () => {
    const db = new Database(path.join(tempDir(), 'c.db'));
    migrate(db);
    const plan = (sql: string) => (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((r) => r.detail).join(' ');
    const open = "r.entity = 'incident' AND json_extract(r.data, '$.closedAt') IS NULL";
    expect(plan(`SELECT data FROM records AS r INDEXED BY records_incident_closed_at WHERE ${open}`)).toMatch(
      /USING INDEX records_incident_closed_at/,
    );
    // Which units open incidents list comes from the index alone: no incident is read, nor parsed.
    const units = `SELECT j.value FROM records AS r INDEXED BY records_incident_closed_at, json_each(json_extract(r.data, '$.units')) AS j WHERE ${open}`;
    expect(plan(units)).toMatch(/USING COVERING INDEX records_incident_closed_at/);
  });
});
