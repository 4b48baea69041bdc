// Runs in: Node. Opens (creating if needed) the cache file and migrates it.
// A file SQLite cannot read is reported as CacheUnavailableError — the caller offers to move it aside;
// nothing here ever deletes a user's file.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import { assertNotTooNew, CacheTooNewError, migrate } from './migrate.ts';
import { MIGRATIONS, type Migration } from './migrations/index.ts';

import type { CacheUnavailableReason } from '../../shared/api/contract.ts';

export type UnavailableReason = CacheUnavailableReason;

export class CacheUnavailableError extends Error {
  constructor(
    readonly reason: UnavailableReason,
    cause: unknown,
  ) {
    super(`cache unavailable: ${reason}`, { cause });
  }
}

export interface OpenOptions {
  /** Path of a better-sqlite3 .node built for the current runtime (the Electron build, in the desktop app). */
  readonly nativeBinding?: string;
  /** The schema this file follows: the console cache's by default; the hub's store passes its own. */
  readonly migrations?: readonly Migration[];
}

/** SQLITE_CORRUPT and all its extended codes (…_INDEX, …_VTAB from the full-text index, …), and NOTADB. */
export function isCorruptionError(err: unknown): boolean {
  const code = (err as { code?: unknown }).code;
  return typeof code === 'string' && (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB');
}

export function classifyOpenError(err: unknown): UnavailableReason {
  if (err instanceof CacheTooNewError) return 'too_new';
  return isCorruptionError(err) ? 'corrupt' : 'unreadable';
}

export function openCache(file: string, options: OpenOptions = {}): Database.Database {
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { nativeBinding: options.nativeBinding });
    db.pragma('busy_timeout = 5000'); // first: the statements below may already need a lock
    const migrations = options.migrations ?? MIGRATIONS;
    assertNotTooNew(db, migrations.length); // before anything writes: a newer console's file is left exactly as it is
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    db.pragma('cache_size = -65536'); // 64 MiB page cache: the grid's indexes stay hot
    migrate(db, migrations.length, migrations);
    return db;
  } catch (err) {
    db?.close();
    throw new CacheUnavailableError(classifyOpenError(err), err);
  }
}

/** Renames an unusable cache file (and its WAL/SHM companions) to a timestamped name; returns the new path. */
export function moveAside(file: string, now: Date = new Date()): string | undefined {
  if (!fs.existsSync(file)) return undefined;
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  const target = `${file}.unusable-${stamp}`;
  for (const suffix of ['', '-wal', '-shm']) {
    if (fs.existsSync(file + suffix)) fs.renameSync(file + suffix, target + suffix);
  }
  return target;
}
