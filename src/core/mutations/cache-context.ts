// Runs in: Node. What a mutation is applied with in the console (kind.ts, MutationContext): the cache's records,
// its dated settings, the signed-in person's role (when someone is), and provisional case numbers — the hub
// re-applies the mutation with its own, and its answer replaces this console's guess.
import { provisionalCaseNumber } from '../../shared/court/case-number.ts';
import type { Role } from '../../shared/auth/roles.ts';
import type { MutationContext } from '../../shared/records/kind.ts';
import { isRecordEntity } from '../../shared/records/registry.ts';
import type { Cache } from '../cache/cache.ts';
import { recordStore } from '../records/record-store.ts';
import { settingsOf } from '../settings/settings-source.ts';
import { clientIdOf } from './client-id.ts';

const PROVISIONAL_CASES_KEY = 'provisional_case_seq';

export function cacheContext(cache: Cache, now: number, by: string | null, role: Role | null = null): MutationContext {
  return {
    now,
    by,
    role,
    console: clientIdOf(cache),
    read: (entity, id) => (isRecordEntity(entity) ? recordStore(cache, entity).get(id) : null),
    settings: () => settingsOf(cache.records),
    caseNumber(year) {
      const seq = Number(cache.meta.get(PROVISIONAL_CASES_KEY) ?? '0') + 1;
      cache.meta.set(PROVISIONAL_CASES_KEY, String(seq));
      return provisionalCaseNumber(year, clientIdOf(cache), seq);
    },
  };
}
