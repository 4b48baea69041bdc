// Runs in: Node. Opens (creating if needed) the cache file and migrates it.
// A file SQLite cannot read is reported as CacheUnavailableError — the caller offers to move it aside;
// nothing here ever deletes a user's file.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { CacheTooNewError, migrate } from './migrate.ts';

export type UnavailableReason = 'corrupt' | 'unreadable' | 'too_new';

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
  readonly readonly?: boolean;
}

const CORRUPTION_CODES = new Set(['SQLITE_CORRUPT', 'SQLITE_NOTADB', 'SQLITE_CORRUPT_INDEX']);

export function classifyOpenError(err: unknown): UnavailableReason {
  if (err instanceof CacheTooNewError) return 'too_new';
  const code = (err as { code?: unknown }).code;
  return typeof code === 'string' && CORRUPTION_CODES.has(code) ? 'corrupt' : 'unreadable';
}

export function isCorruptionError(err: unknown): boolean {
  const code = (err as { code?: unknown }).code;
  return typeof code === 'string' && CORRUPTION_CODES.has(code);
}

export function openCache(file: string, options: OpenOptions = {}): Database.Database {
  let db: Database.Database | undefined;
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    db = new Database(file, { nativeBinding: options.nativeBinding });
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    db.pragma('cache_size = -65536'); // 64 MiB page cache: the grid's indexes stay hot
    migrate(db);
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
