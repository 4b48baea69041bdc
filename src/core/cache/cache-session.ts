// Runs in: Node. Owns the cache file's lifecycle, including the unhappy path:
//
//   open() ──ok──► ready ──(corruption seen at run time)──► unavailable(corrupt)
//     │                                                        │
//     └──fails──► unavailable(reason) ──rebuild()──► corrupt: move the file aside, then open()
//                                                 └► other reasons: open() again (nothing is moved)
//
// In `unavailable` every data call answers cache_unavailable and the UI explains the reason. Only a file
// SQLite calls corrupt is ever moved aside — a busy, locked, unreadable or newer file is left alone — and
// nothing is ever deleted.
//
// replace(file) puts a complete cache built beside this one (a first sync's bulk load: core/sync/bulk) in its
// place: ready ──close, rename──► open() ──► ready, or unavailable(reason) like any open.
import fs from 'node:fs';
import path from 'node:path';
import type { CacheStatus } from '../../shared/api/contract.ts';
import { HandlerError } from '../api/dispatch.ts';
import { createCache, type Cache } from './cache.ts';
import { CacheUnavailableError, isCorruptionError, moveAside, type OpenOptions, type UnavailableReason } from './open.ts';

export const CACHE_FILE_NAME = 'console-cache.sqlite3';

type State = { kind: 'ready'; cache: Cache } | { kind: 'unavailable'; reason: UnavailableReason };

export class CacheSession {
  readonly file: string;
  private state: State = { kind: 'unavailable', reason: 'unreadable' };

  constructor(
    dataDir: string,
    readonly options: OpenOptions,
    private readonly onOpened: (cache: Cache) => void,
    private readonly log: (message: string, err?: unknown) => void,
  ) {
    this.file = path.join(dataDir, CACHE_FILE_NAME);
  }

  open(): void {
    try {
      const cache = createCache(this.file, this.options);
      this.state = { kind: 'ready', cache };
      this.onOpened(cache);
    } catch (err) {
      const reason = err instanceof CacheUnavailableError ? err.reason : 'unreadable';
      this.log(`cache unavailable (${reason}): ${this.file}`, err);
      this.close();
      this.state = { kind: 'unavailable', reason };
    }
  }

  status(): CacheStatus {
    // Counting may itself discover corruption (use() then turns the session unavailable): ask first, then report.
    const operations = this.state.kind === 'ready' ? this.tryCount() : undefined;
    const state = this.state;
    if (state.kind === 'ready' && operations !== undefined) return { state: 'ready', path: this.file, operations };
    return { state: 'unavailable', path: this.file, reason: state.kind === 'unavailable' ? state.reason : 'unreadable' };
  }

  private tryCount(): number | undefined {
    try {
      return this.use((cache) => cache.operations.count({}));
    } catch (err) {
      if (err instanceof HandlerError) return undefined;
      throw err;
    }
  }

  /** Runs a data access; corruption discovered now turns the session unavailable instead of crashing. */
  use<T>(work: (cache: Cache) => T): T {
    if (this.state.kind !== 'ready') throw new HandlerError({ code: 'cache_unavailable' });
    try {
      return work(this.state.cache);
    } catch (err) {
      if (!isCorruptionError(err)) throw err;
      this.log(`cache corruption detected: ${this.file}`, err);
      this.close();
      this.state = { kind: 'unavailable', reason: 'corrupt' };
      throw new HandlerError({ code: 'cache_unavailable' });
    }
  }

  /** Recovers an unavailable cache (see the diagram); a ready cache is left alone. */
  rebuild(): { movedTo?: string } {
    if (this.state.kind === 'ready') return {};
    const movedTo = this.state.reason === 'corrupt' ? moveAside(this.file) : undefined;
    this.open();
    return movedTo ? { movedTo } : {};
  }

  /**
   * Puts `file` — a complete, closed cache file — in place of the cache: folds the cache's WAL into it, closes it,
   * removes the then empty -wal/-shm (the renamed file must not be read with them), renames `file` over it and
   * opens it. The rename is the commit point: a crash before it leaves the cache as it was.
   */
  replace(file: string): void {
    if (this.state.kind === 'ready') this.use((cache) => cache.db.pragma('wal_checkpoint(TRUNCATE)'));
    this.close();
    for (const suffix of ['-wal', '-shm']) {
      fs.rmSync(this.file + suffix, { force: true });
      fs.rmSync(file + suffix, { force: true });
    }
    fs.renameSync(file, this.file);
    this.open();
  }

  close(): void {
    if (this.state.kind === 'ready') this.state.cache.close();
    this.state = { kind: 'unavailable', reason: 'unreadable' };
  }
}
