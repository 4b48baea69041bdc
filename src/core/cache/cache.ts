// Runs in: Node. The open cache: the data-folder lock, one connection and the repositories over it.
import type { Database } from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { AuditRepository } from '../audit/audit-repository.ts';
import { DraftsRepository } from '../court/drafts-repository.ts';
import { DispatchRepository } from '../dispatch/dispatch-repository.ts';
import { HearingsRepository } from '../court/hearings-repository.ts';
import { ensureVerdictRules } from '../insights/facts/judge.ts';
import { ConfirmedRepository } from '../mutations/confirmed-repository.ts';
import { ConflictsRepository } from '../mutations/conflicts-repository.ts';
import { OutboxRepository } from '../mutations/outbox-repository.ts';
import { OperationsRepository } from '../operations/repository.ts';
import { RecordsRepository } from '../records/repository.ts';
import { settingsOf } from '../settings/settings-source.ts';
import { PrefsRepository } from '../prefs/repository.ts';
import { UnitsRepository } from '../units/repository.ts';
import { acquireLock, DataDirLockedError } from './data-dir-lock.ts';
import { MetaRepository } from './meta-repository.ts';
import { CacheUnavailableError, classifyOpenError, openCache, type OpenOptions } from './open.ts';

export interface Cache {
  readonly db: Database;
  readonly operations: OperationsRepository;
  readonly prefs: PrefsRepository;
  readonly meta: MetaRepository;
  readonly units: UnitsRepository;
  readonly outbox: OutboxRepository;
  readonly confirmed: ConfirmedRepository;
  readonly conflicts: ConflictsRepository;
  readonly records: RecordsRepository;
  readonly audit: AuditRepository;
  readonly hearings: HearingsRepository;
  readonly drafts: DraftsRepository;
  readonly dispatch: DispatchRepository;
  close(): void;
}

/** Opens the cache file for this process alone; throws CacheUnavailableError (in_use, corrupt, …). */
export function createCache(file: string, options: OpenOptions = {}): Cache {
  let lock;
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    lock = acquireLock(`${file}.lock`);
  } catch (err) {
    throw new CacheUnavailableError(err instanceof DataDirLockedError ? 'in_use' : 'unreadable', err);
  }
  try {
    const db = openCache(file, options);
    const cache: Cache = {
      db,
      // Noise verdicts in grid rows are judged by the dated settings the console holds (the hub's, or the defaults).
      operations: new OperationsRepository(db, undefined, () => settingsOf(cache.records)),
      prefs: new PrefsRepository(db),
      meta: new MetaRepository(db),
      units: new UnitsRepository(db),
      outbox: new OutboxRepository(db),
      confirmed: new ConfirmedRepository(db),
      conflicts: new ConflictsRepository(db),
      records: new RecordsRepository(db),
      audit: new AuditRepository(db),
      hearings: new HearingsRepository(db),
      drafts: new DraftsRepository(db),
      dispatch: new DispatchRepository(db),
      close: () => {
        db.close();
        lock.release();
      },
    };
    try {
      // The verdicts the indicators count, judged by the settings the console judges by (insights/facts/judge.ts).
      ensureVerdictRules(db, settingsOf(cache.records));
    } catch (err) {
      db.close();
      throw new CacheUnavailableError(classifyOpenError(err), err);
    }
    return cache;
  } catch (err) {
    lock.release();
    throw err;
  }
}
