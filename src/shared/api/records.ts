// The ConsoleApi's face of the record registry: one event for every kind's changes, and methods that work for
// any kind, so that a new kind is readable and writable through the API without a method of its own.
import { z } from 'zod';
import { MutationSchema } from '../records/mutations.ts';
import { GENERIC_CACHE_ENTITIES, type GenericCacheEntity, type RecordEntity } from '../records/registry.ts';

/**
 * 'records.changed': records of one kind changed in the cache. `ids` null: too many to list, or all of them (a
 * new hub, a rebuilt cache). `source`: a person's write here ('local'), the hub's stream or pages ('hub'), or
 * the whole kind replaced ('reset'). Raised after the change is committed.
 */
export interface RecordsChanged {
  readonly entity: RecordEntity;
  readonly ids: readonly string[] | null;
  readonly source: 'local' | 'hub' | 'reset';
}

/** More ids than this in one event are not listed (ids: null): listeners reload rather than look them up. */
export const MAX_CHANGED_IDS = 500;

export const RecordsListInputSchema = z
  .object({ entity: z.enum(GENERIC_CACHE_ENTITIES as [GenericCacheEntity, ...GenericCacheEntity[]]) })
  .strict();
export const RecordsMutateInputSchema = z.object({ mutation: MutationSchema }).strict();
