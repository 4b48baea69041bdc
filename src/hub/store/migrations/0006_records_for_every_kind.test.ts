// Migration 6 moves operations and units into the one records table: a hub at version 5 with data keeps all of
// it — records readable by kind, devices and positions still there — and every later write goes to records.
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../../core/cache/migrate.ts';
import { tempDir } from '../../../core/test-support/temp-dir.ts';
import { HUB_STORE_FILE, openHubStore } from '../hub-store.ts';
import { HUB_MIGRATIONS } from './index.ts';

const OPERATION = { id: '0190a8c0-0000-7000-8000-000000000001', version: 3, team: 'Equipo 05' };

describe('hub migration 6: every kind in the records table', () => {
  it('keeps the operations, units, devices and positions of a version 5 store', () => {
    const dir = tempDir();
    const db = new Database(path.join(dir, HUB_STORE_FILE));
    migrate(db, 5, HUB_MIGRATIONS);
    db.prepare('INSERT INTO operations (id, version, data, updated_at) VALUES (?, ?, ?, ?)').run(
      OPERATION.id,
      OPERATION.version,
      JSON.stringify(OPERATION),
      10,
    );
    db.prepare(
      'INSERT INTO units (id, call_sign, kind, crew, status, assignment, version, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    ).run('movil-01', 'Móvil 01', 'vehicle', JSON.stringify(['Ana Paz', 'Luis Gómez']), 'en_route', 'Reclamo 12', 4, 11);
    db.prepare('INSERT INTO devices (token_sha256, unit_id, created_at) VALUES (?, ?, ?)').run(Buffer.from('ab', 'hex'), 'movil-01', 12);
    db.prepare(
      'INSERT INTO unit_positions (unit_id, lat, lng, accuracy_m, speed_kmh, heading, device_time, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    ).run('movil-01', -31.4, -64.18, 5, 20, 90, 13, 14);
    db.close();

    const store = openHubStore(dir);
    expect(store.records.get('operation', OPERATION.id)).toEqual(OPERATION);
    // (Migration 9 then gives the unit today's shape: its free-text assignment makes way for a task.)
    expect(store.records.all('unit')).toEqual([
      {
        id: 'movil-01',
        callSign: 'Móvil 01',
        kind: 'vehicle',
        crew: ['Ana Paz', 'Luis Gómez'],
        status: 'en_route',
        statusAt: null,
        statusSource: null,
        task: null,
        silenceAck: null,
        version: 4,
      },
    ]);
    expect(store.devices.unitFor(Buffer.from('ab', 'hex'))).toBe('movil-01');
    expect(store.positions.latest()).toEqual([expect.objectContaining({ unitId: 'movil-01', lat: -31.4, deviceTime: 13 })]);
    store.close();
    const file = new Database(path.join(dir, HUB_STORE_FILE), { readonly: true });
    expect(schemaVersion(file)).toBe(HUB_MIGRATIONS.length);
    const tables = file.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").pluck().all();
    expect(tables).not.toContain('operations');
    expect(tables).not.toContain('units');
    expect(file.pragma('foreign_key_check')).toEqual([]);
    file.close();
  });
});
