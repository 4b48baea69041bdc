// Hub migration 10: a version 9 store's devices keep reporting (same token, same unit) and get an id and their
// unit's call sign as label; accounts get their last login from their sessions; the administration log starts empty.
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../core/cache/migrate.ts';
import { tempDir } from '../../../core/test-support/temp-dir.ts';
import { DeviceSchema } from '../../../shared/hub-protocol/admin.ts';
import { HUB_STORE_FILE, openHubStore } from '../hub-store.ts';
import { HUB_MIGRATIONS } from './index.ts';

const UNIT = { id: 'movil-01', callSign: 'Móvil 01', kind: 'vehicle', crew: [], status: 'available', version: 1 };

describe('hub migration 10: administration', () => {
  it('gives devices an id and a label, accounts their last login, and adds an empty log', () => {
    const dir = tempDir();
    const db = new Database(path.join(dir, HUB_STORE_FILE));
    migrate(db, 9, HUB_MIGRATIONS);
    db.prepare("INSERT INTO records (entity, id, version, data, updated_at) VALUES ('unit', 'movil-01', 1, ?, 1)").run(
      JSON.stringify(UNIT),
    );
    const device = db.prepare('INSERT INTO devices (token_sha256, unit_id, created_at) VALUES (?, ?, ?)');
    device.run(Buffer.from('aa', 'hex'), 'movil-01', 10);
    device.run(Buffer.from('bb', 'hex'), 'movil-01', 11);
    device.run(Buffer.from('cc', 'hex'), 'sin-registro', 12); // a unit the store does not have: labelled with its id
    const user = db.prepare(
      "INSERT INTO users (username, display_name, role, password_salt, password_hash, password_params, created_at, updated_at) VALUES (?, ?, 'dispatcher', x'00', x'00', '{}', 1, 1)",
    );
    const ana = user.run('ana', 'Ana').lastInsertRowid;
    user.run('beto', 'Beto');
    const session = db.prepare('INSERT INTO sessions (token_sha256, user_id, created_at, expires_at) VALUES (?, ?, ?, ?)');
    session.run(Buffer.from('01', 'hex'), ana, 100, 10_000);
    session.run(Buffer.from('02', 'hex'), ana, 300, 10_000);
    db.close();

    const store = openHubStore(dir);
    const devices = store.devices.list();
    expect(devices).toEqual([
      { id: expect.any(String), unitId: 'movil-01', label: 'Móvil 01', createdAt: 10, createdBy: null, revokedAt: null },
      { id: expect.any(String), unitId: 'movil-01', label: 'Móvil 01', createdAt: 11, createdBy: null, revokedAt: null },
      { id: expect.any(String), unitId: 'sin-registro', label: 'sin-registro', createdAt: 12, createdBy: null, revokedAt: null },
    ]);
    for (const d of devices) expect(DeviceSchema.parse({ ...d, connected: false }).id).toMatch(/^dev-[0-9a-f]{16}$/);
    expect(new Set(devices.map((d) => d.id)).size).toBe(3);
    expect(store.devices.live(Buffer.from('bb', 'hex'))).toEqual({ id: devices[1]!.id, unitId: 'movil-01' });

    expect(store.users.list(200).map(({ username, lastLoginAt, sessions }) => ({ username, lastLoginAt, sessions }))).toEqual([
      { username: 'ana', lastLoginAt: 300, sessions: 2 },
      { username: 'beto', lastLoginAt: null, sessions: 0 },
    ]);
    expect(store.adminLog.page(undefined, 10)).toEqual([]);
    store.close();
  });
});
