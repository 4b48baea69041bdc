// Runs in: Node. The open cache: one connection and the repositories over it.
import type { Database } from 'better-sqlite3';
import { OperationsRepository } from '../operations/repository.ts';
import { PrefsRepository } from '../prefs/repository.ts';
import { MetaRepository } from './meta-repository.ts';
import { openCache, type OpenOptions } from './open.ts';

export interface Cache {
  readonly db: Database;
  readonly operations: OperationsRepository;
  readonly prefs: PrefsRepository;
  readonly meta: MetaRepository;
}

export function createCache(file: string, options: OpenOptions = {}): Cache {
  const db = openCache(file, options);
  return { db, operations: new OperationsRepository(db), prefs: new PrefsRepository(db), meta: new MetaRepository(db) };
}
