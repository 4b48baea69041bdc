// Runs in: Node. Backup and restore of the embedded store (dataDir/hub.sqlite3).
//
//   backup  ─► SQLite's online backup API (better-sqlite3's db.backup) into DIR/hub-….sqlite3.partial, all pages in
//              one step: one read snapshot, which a running hub's writes (WAL) neither block nor restart — copied a
//              hundred pages per step, as by default, a hub writing every 100 ms would restart it over and over —
//              (the file is made 0600 first: it holds password and token hashes) ─► PRAGMA integrity_check,
//              journal_mode DELETE (one self-contained file) ─► renamed to its name. A failed backup leaves no file.
//   restore ─► the data dir's lock (refused while a hub holds it; held until done, so none starts meanwhile)
//              ─► the file copied beside the store (….restoring) and checked there: integrity, a hub store of a
//              version this hub knows (store-identity.ts) ─► the current store kept as ….before-restore-<time>
//              (a hard link: no copy, nothing moved yet) ─► its -wal/-shm removed (they belong to the old file) ─►
//              the copy renamed over the store. Until that rename the store is as it was.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { acquireLock, DataDirLockedError, type DataDirLock } from '../../core/cache/data-dir-lock.ts';
import { HUB_MIGRATIONS } from '../store/migrations/index.ts';
import { HUB_STORE_FILE } from '../store/hub-store.ts';
import { backupName, backupStamp } from './backup-name.ts';
import { existingFile, privateFile, removeQuietly, writableDir } from './backup-files.ts';
import { BackupRefusal, detailOf } from './backup-refusal.ts';
import { storeIdentity, type RecordedMigration } from './store-identity.ts';

/** sqlite3_backup_step's page count for "everything left" (better-sqlite3 caps what a progress callback returns). */
const ALL_PAGES = 0x7fffffff;

export async function backupSqlite(dataDir: string, dir: string, now = Date.now()): Promise<string> {
  const source = path.join(dataDir, HUB_STORE_FILE);
  if (!fs.existsSync(source)) throw new BackupRefusal('backup_no_store', { file: source });
  writableDir(dir);
  const target = path.join(path.resolve(dir), backupName(now, 'sqlite3'));
  if (fs.existsSync(target)) throw new BackupRefusal('backup_exists', { file: target });
  const partial = `${target}.partial`;
  removeQuietly(partial); // a crashed run's
  try {
    privateFile(partial);
    const db = new Database(source, { fileMustExist: true });
    try {
      db.pragma('busy_timeout = 5000');
      await db.backup(partial, { progress: () => ALL_PAGES });
    } finally {
      db.close();
    }
    const problem = integrityProblem(partial, (copy) => copy.pragma('journal_mode = DELETE'));
    if (problem) throw new BackupRefusal('backup_check_failed', { detail: problem });
    fs.renameSync(partial, target);
    return target;
  } catch (err) {
    removeQuietly(partial, `${partial}-wal`, `${partial}-shm`);
    throw err instanceof BackupRefusal ? err : new BackupRefusal('backup_failed', { detail: detailOf(err) });
  }
}

/** What is wrong with a SQLite file (integrity_check's first lines, or why it cannot be read); null when it is sound. */
function integrityProblem(file: string, andThen: (db: Database.Database) => void = () => {}): string | null {
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { fileMustExist: true });
    const rows = db.pragma('integrity_check', { simple: false }) as { integrity_check: string }[];
    const found = rows.map((row) => row.integrity_check).filter((line) => line !== 'ok');
    if (found.length > 0) return found.slice(0, 3).join('; ');
    andThen(db);
    return null;
  } catch (err) {
    return detailOf(err);
  } finally {
    db?.close();
  }
}

/** The hub migrations a SQLite file records; empty when it has no schema_migrations table. */
function recordedMigrations(file: string): RecordedMigration[] {
  const db = new Database(file, { fileMustExist: true });
  try {
    const exists = db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'schema_migrations'").get();
    return exists ? (db.prepare('SELECT version, name FROM schema_migrations').all() as RecordedMigration[]) : [];
  } finally {
    db.close();
  }
}

/** Refused unless `file` is a sound hub store this hub can open. */
function checkRestorable(file: string, shownAs: string): void {
  if (integrityProblem(file)) throw new BackupRefusal('restore_corrupt', { file: shownAs });
  const identity = storeIdentity(recordedMigrations(file), HUB_MIGRATIONS);
  if (identity.kind === 'foreign') throw new BackupRefusal('restore_foreign', { file: shownAs });
  if (identity.kind === 'too_new')
    throw new BackupRefusal('restore_too_new', { file: shownAs, version: identity.version, known: HUB_MIGRATIONS.length });
}

/** Folds the store's WAL into it when the store opens (a damaged store may not: its WAL is then kept aside too). */
function foldWal(store: string): void {
  try {
    const db = new Database(store, { fileMustExist: true });
    try {
      db.pragma('busy_timeout = 5000');
      db.pragma('wal_checkpoint(TRUNCATE)');
    } finally {
      db.close();
    }
  } catch {
    // kept as it is, WAL and all (below)
  }
}

export interface Restored {
  /** Where the store it replaced was kept; null when the data dir had none. */
  readonly keptAs: string | null;
}

export function restoreSqlite(dataDir: string, file: string, now = Date.now()): Restored {
  existingFile(file);
  writableDir(dataDir);
  const store = path.join(dataDir, HUB_STORE_FILE);
  let lock: DataDirLock;
  try {
    lock = acquireLock(`${store}.lock`);
  } catch (err) {
    if (err instanceof DataDirLockedError) throw new BackupRefusal('restore_hub_running', { pid: err.ownerPid, dir: dataDir });
    throw new BackupRefusal('restore_failed', { detail: detailOf(err) });
  }
  const incoming = `${store}.restoring`;
  const leftovers = [incoming, `${incoming}-wal`, `${incoming}-shm`, `${incoming}-journal`];
  try {
    removeQuietly(...leftovers);
    fs.copyFileSync(file, incoming);
    checkRestorable(incoming, file);
    fs.chmodSync(incoming, 0o600);
    fsyncPath(incoming);
    let keptAs: string | null = null;
    if (fs.existsSync(store)) {
      foldWal(store);
      keptAs = `${store}.before-restore-${backupStamp(now)}`;
      for (const suffix of ['', '-wal']) if (fs.existsSync(store + suffix)) fs.linkSync(store + suffix, keptAs + suffix);
    }
    removeQuietly(`${store}-wal`, `${store}-shm`);
    fs.renameSync(incoming, store);
    fsyncPath(dataDir);
    return { keptAs };
  } catch (err) {
    removeQuietly(...leftovers);
    throw err instanceof BackupRefusal ? err : new BackupRefusal('restore_failed', { detail: detailOf(err) });
  } finally {
    lock.release();
  }
}

/** Flushes a file's or a directory's entries to disk (a rename is durable once its directory is). */
function fsyncPath(target: string): void {
  const fd = fs.openSync(target, 'r');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}
