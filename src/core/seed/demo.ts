// Runs in: Node. The first start with an empty cache gets a realistic demo set, so a new user sees data
// at once: about three years of a ~100-promoter program (≈ 23 operations a day).
import type { Cache } from '../cache/cache.ts';
import { seedOperations } from './seed-operations.ts';

export const DEMO_OPERATIONS = 25_000;
export const DEMO_SEED = 2016; // the year the Código de Convivencia came into force

/**
 * Seeds once per cache file — check and insert in one transaction — and returns the rows added (0 when the
 * cache was seeded before or already holds operations, e.g. a user who emptied it keeps it empty).
 */
export function seedDemoOnce(cache: Cache, now: number = Date.now()): number {
  return cache.db
    .transaction(() => {
      if (cache.meta.get('demo_seeded_at') || cache.operations.count({}) > 0) return 0;
      cache.meta.set('demo_seeded_at', new Date(now).toISOString());
      return seedOperations(cache.operations, { seed: DEMO_SEED, count: DEMO_OPERATIONS, until: now });
    })
    .immediate();
}
