import Database from 'better-sqlite3';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../test-support/temp-dir.ts';
import { CacheTooNewError, migrate, schemaVersion } from './migrate.ts';
import { LATEST_VERSION, MIGRATIONS } from './migrations/index.ts';
import { openCache } from './open.ts';

const schemaOf = (db: Database.Database) =>
  db.prepare("SELECT type, name, sql FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name").all();

/** One plausible row per table that exists at a given version, to prove later migrations keep data. */
function insertSampleData(db: Database.Database, version: number): void {
  if (version >= 1)
    db.prepare(
      `INSERT INTO operations (id, type, status, barrio, lat, lng, address, address_search, planned_start, planned_end,
        shift, team, result_summary, created_at, updated_at, version)
       VALUES ('0190a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b', 'noise_check', 'closed', 'Centro', -31.41, -64.18,
        'Av. Colón 100', 'av. colon 100', 1000, 2000, 'night', 'Equipo 01', 'ok', 1, 2, 1)`,
    ).run();
  if (version >= 2) db.prepare("INSERT INTO prefs (key, value, updated_at) VALUES ('ui.language', '\"en\"', 1)").run();
  if (version >= 5)
    db.prepare(
      "INSERT INTO units (id, call_sign, kind, crew, status, version) VALUES ('u1', 'Móvil 01', 'vehicle', '[]', 'available', 1)",
    ).run();
}

describe('migrations', () => {
  it('are numbered 1..N without gaps, in order, with unique names', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
    expect(new Set(MIGRATIONS.map((m) => m.name)).size).toBe(MIGRATIONS.length);
  });

  it('build the latest schema from an empty file and record every step', () => {
    const db = new Database(path.join(tempDir(), 'c.db'));
    expect(migrate(db)).toBe(LATEST_VERSION);
    const recorded = db.prepare('SELECT version, name FROM schema_migrations ORDER BY version').all();
    expect(recorded).toEqual(MIGRATIONS.map((m) => ({ version: m.version, name: m.name })));
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  });

  it.each(MIGRATIONS.map((m) => m.version - 1))('upgrade a cache at version %i to the same schema, keeping its data', (from) => {
    const dir = tempDir();
    const fresh = new Database(path.join(dir, 'fresh.db'));
    migrate(fresh);
    const old = new Database(path.join(dir, 'old.db'));
    migrate(old, from);
    expect(schemaVersion(old)).toBe(from);
    insertSampleData(old, from);
    migrate(old);
    expect(schemaOf(old)).toEqual(schemaOf(fresh));
    if (from >= 1) {
      expect(old.prepare('SELECT COUNT(*) AS n FROM operations').get()).toEqual({ n: 1 });
      const found = "SELECT COUNT(*) AS n FROM operations_address_fts WHERE address_search LIKE '%colon%'";
      expect(old.prepare(found).get()).toEqual({ n: 1 }); // rows from before the search index are searchable
    }
    if (from >= 2) expect(old.prepare('SELECT value FROM prefs').pluck().get()).toBe('"en"');
    if (from >= 5) expect(old.prepare('SELECT call_sign FROM units').pluck().get()).toBe('Móvil 01');
  });

  it('run each migration in a transaction: a failing step leaves the file at the previous version', () => {
    const db = new Database(path.join(tempDir(), 'c.db'));
    const broken = [
      ...MIGRATIONS,
      { version: MIGRATIONS.length + 1, name: 'broken', up: 'CREATE TABLE half (x); SELECT nope FROM missing;' },
    ];
    expect(() => migrate(db, broken.length, broken)).toThrow();
    expect(schemaVersion(db)).toBe(LATEST_VERSION);
    expect(db.prepare("SELECT COUNT(*) AS n FROM sqlite_schema WHERE name = 'half'").get()).toEqual({ n: 0 });
  });

  it('refuse a cache written by a newer console, without touching it', () => {
    const file = path.join(tempDir(), 'c.db');
    const db = new Database(file);
    migrate(db);
    db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(LATEST_VERSION + 1, 'future', 0);
    expect(() => migrate(db)).toThrow(CacheTooNewError);
    db.close();
    expect(() => openCache(file)).toThrow(/too_new/);
  });

  it('open the cache with WAL and foreign keys on', () => {
    const db = openCache(path.join(tempDir(), 'c.db'));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
  });
});

describe('concurrent first opens', () => {
  it('apply each migration once when two processes create the same file at the same time', async () => {
    const { spawn } = await import('node:child_process');
    const file = path.join(tempDir(), 'c.db');
    const script = `import('./src/core/cache/open.ts').then(({ openCache }) => { openCache(process.argv[1]).close(); })`;
    const run = () =>
      new Promise<number | null>((resolve) => {
        const child = spawn(process.execPath, ['--import', 'tsx', '-e', script, file], { stdio: 'ignore' });
        child.on('close', resolve);
      });
    expect(await Promise.all([run(), run(), run()])).toEqual([0, 0, 0]);
    const db = new Database(file);
    expect(db.prepare('SELECT version FROM schema_migrations ORDER BY version').pluck().all()).toEqual(MIGRATIONS.map((m) => m.version));
    db.close();
  });
});
