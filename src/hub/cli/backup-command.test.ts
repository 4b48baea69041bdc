// `npm run hub -- backup DIR` / `restore FILE` on the embedded store: the real CLI as a child process against a real
// hub that devices keep writing to; the backup is one consistent snapshot, the restore is refused while the hub
// runs and replaces the store whole once it is stopped; every file that is not a hub store of this version is
// refused and changes nothing.
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCache } from '../../core/cache/open.ts';
import { tempDir } from '../../core/test-support/temp-dir.ts';
import { BackupRefusal, type BackupRefusalKey } from '../backup/backup-refusal.ts';
import { backupSqlite, restoreSqlite } from '../backup/sqlite-backup.ts';
import { HUB_MIGRATIONS } from '../store/migrations/index.ts';
import { HUB_STORE_FILE, openHubStore } from '../store/hub-store.ts';
import { hubCli, type CliRun } from '../test-support/hub-cli.ts';
import { sleep } from '../test-support/hub-clients.ts';
import { keepReporting } from '../test-support/reporting-devices.ts';
import { healthOf, startedHub } from '../test-support/started-hubs.ts';

interface Snapshot {
  readonly seq: number;
  readonly changes: number;
  readonly maxChange: number;
  readonly tracks: number;
}

/** What a store file holds, read with a connection of its own. */
function snapshotOf(file: string): Snapshot {
  const db = new Database(file, { readonly: true });
  try {
    const seq = db.prepare('SELECT last FROM change_log_seq').pluck().get() as number;
    const { changes, maxChange } = db.prepare('SELECT COUNT(*) AS changes, MAX(seq) AS maxChange FROM changes').get() as Snapshot;
    const tracks = db.prepare('SELECT COUNT(*) FROM unit_tracks').pluck().get() as number;
    return { seq, changes, maxChange, tracks };
  } finally {
    db.close();
  }
}

const sha256 = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');
const written = (run: CliRun) => /guardada y comprobada: (\S+)/.exec(run.stdout)?.[1];

describe('npm run hub -- backup / restore (SQLite)', () => {
  it('backs up a hub while devices write, refuses to restore under it, and restores once it is stopped', async () => {
    const dataDir = tempDir('hub-backup-');
    const backups = path.join(tempDir('hub-backups-'), 'nightly');
    const hub = await startedHub({ dataDir, demoUnits: 3, demoOperations: 2_000 });
    const load = keepReporting(hub);
    await sleep(500);
    const before = snapshotOf(path.join(dataDir, HUB_STORE_FILE)).seq;

    const backup = await hubCli('backup', backups, '--data-dir', dataDir);
    expect(backup).toMatchObject({ status: 0, stderr: '' });
    const file = written(backup)!;
    expect(path.basename(file)).toMatch(/^hub-\d{8}-\d{6}\.sqlite3$/);
    expect(fs.readdirSync(backups)).toEqual([path.basename(file)]); // no .partial left
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    await sleep(300);
    expect(await load.stop()).toBeGreaterThan(20);

    // One snapshot of a store being written: every seq up to the counter is there, no later one, and the hub went on.
    const copy = snapshotOf(file);
    expect(copy.seq).toBeGreaterThan(before);
    expect([copy.changes, copy.maxChange]).toEqual([copy.seq, copy.seq]);
    const db = new Database(file, { readonly: true });
    expect([db.pragma('integrity_check', { simple: true }), db.pragma('journal_mode', { simple: true })]).toEqual(['ok', 'delete']);
    db.close();

    const refused = await hubCli('restore', file, '--data-dir', dataDir);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toBe(
      `Hay un hub en marcha (proceso ${process.pid}) sobre la carpeta de datos ${dataDir}: deténgalo antes de restaurar. No se cambió nada.\n`,
    );
    expect(fs.readdirSync(dataDir).filter((name) => /restor/.test(name))).toEqual([]);

    await hub.close();
    const later = snapshotOf(path.join(dataDir, HUB_STORE_FILE));
    expect(later.seq).toBeGreaterThan(copy.seq);
    const restored = await hubCli('restore', file, '--data-dir', dataDir);
    expect(restored).toMatchObject({ status: 0, stderr: '' });
    const kept = /quedó en (\S+)\./.exec(restored.stdout)?.[1];
    expect(restored.stdout).toContain(`Almacén del hub restaurado desde ${file}.`);
    expect(snapshotOf(kept!)).toEqual(later);
    expect(snapshotOf(path.join(dataDir, HUB_STORE_FILE))).toEqual(copy);
    expect(fs.readdirSync(dataDir).filter((name) => name.endsWith('.restoring'))).toEqual([]);

    expect((await healthOf(await startedHub({ dataDir }))).body).toEqual({ status: 'ok', seq: copy.seq, store: 'sqlite' });
  });

  it('says what is missing, and exits with 1 (2 for usage)', async () => {
    const empty = tempDir('hub-backup-');
    const notADir = path.join(empty, 'a-file');
    fs.writeFileSync(notADir, 'x');
    const withStore = tempDir('hub-backup-');
    openHubStore(withStore).close();
    const [noDir, noStore, unwritable, noFile] = await Promise.all([
      hubCli('backup', '--data-dir', empty),
      hubCli('backup', tempDir('hub-backups-'), '--data-dir', empty),
      hubCli('backup', path.join(notADir, 'backups'), '--data-dir', withStore, '--lang', 'en'),
      hubCli('restore', path.join(empty, 'hub-20260301-120000.sqlite3'), '--data-dir', empty),
    ]);
    expect(noDir).toMatchObject({ status: 2, stderr: 'Falta la carpeta donde guardar la copia de seguridad.\n' });
    expect(noStore).toMatchObject({ status: 1, stderr: expect.stringContaining(`No hay un almacén del hub en ${empty}/hub.sqlite3`) });
    expect(unwritable).toMatchObject({ status: 1, stderr: expect.stringMatching(/^Cannot write to the folder .*a-file\/backups \(/) });
    expect(noFile).toMatchObject({ status: 1, stderr: `No existe el archivo ${path.join(empty, 'hub-20260301-120000.sqlite3')}.\n` });
    expect(fs.readdirSync(empty)).toEqual(['a-file']); // a refused restore made no store
  });
});

describe('restore refuses anything but a sound hub store this hub can open', () => {
  /** A stopped hub's data dir with a store, and a good backup of it. */
  async function stoppedHubWithBackup(): Promise<{ dataDir: string; backup: string }> {
    const dataDir = tempDir('hub-restore-');
    openHubStore(dataDir).close();
    return { dataDir, backup: await backupSqlite(dataDir, tempDir('hub-backups-')) };
  }

  const fileMaker: Record<string, (dir: string, backup: string) => string> = {
    'random bytes': (dir) => {
      const file = path.join(dir, 'random.sqlite3');
      fs.writeFileSync(file, Buffer.alloc(64 * 1024, 7));
      return file;
    },
    'a backup cut in half': (dir, backup) => {
      const file = path.join(dir, 'cut.sqlite3');
      const bytes = fs.readFileSync(backup);
      fs.writeFileSync(file, bytes.subarray(0, bytes.length / 2));
      return file;
    },
    "a console's cache": (dir) => {
      const file = path.join(dir, 'console-cache.sqlite3');
      openCache(file).close();
      return file;
    },
    'an empty SQLite database': (dir) => {
      const file = path.join(dir, 'empty.sqlite3');
      new Database(file).exec('CREATE TABLE t (x)');
      return file;
    },
    "a newer hub's store": (dir, backup) => {
      const file = path.join(dir, 'newer.sqlite3');
      fs.copyFileSync(backup, file);
      const db = new Database(file);
      db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, 0)').run(HUB_MIGRATIONS.length + 1, 'future');
      db.close();
      return file;
    },
    'a folder': (dir) => dir,
  };

  it.each<[string, BackupRefusalKey]>([
    ['random bytes', 'restore_corrupt'],
    ['a backup cut in half', 'restore_corrupt'],
    ["a console's cache", 'restore_foreign'],
    ['an empty SQLite database', 'restore_foreign'],
    ["a newer hub's store", 'restore_too_new'],
    ['a folder', 'restore_no_file'],
  ])('%s: %s, and the store is as it was', async (kind, key) => {
    const { dataDir, backup } = await stoppedHubWithBackup();
    const file = fileMaker[kind]!(tempDir('hub-odd-'), backup);
    const store = path.join(dataDir, HUB_STORE_FILE);
    const [hash, names] = [sha256(store), fs.readdirSync(dataDir).sort()];
    let refusal: unknown;
    try {
      restoreSqlite(dataDir, file);
    } catch (err) {
      refusal = err;
    }
    expect(refusal).toBeInstanceOf(BackupRefusal);
    expect((refusal as BackupRefusal).key).toBe(key);
    expect([sha256(store), fs.readdirSync(dataDir).sort()]).toEqual([hash, names]);
  });

  it('says so in the CLI, translated, with exit status 1', async () => {
    const { dataDir } = await stoppedHubWithBackup();
    const file = fileMaker["a console's cache"]!(tempDir('hub-odd-'), '');
    expect(await hubCli('restore', file, '--data-dir', dataDir, '--lang', 'en')).toEqual({
      status: 1,
      stdout: '',
      stderr: `The file ${file} is not a backup of a hub's store (is it a console's cache?). Nothing was changed.\n`,
    });
  });
});
