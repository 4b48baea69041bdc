// Runs in: Node. The first start with an empty cache gets a realistic demo set, so a new user sees data
// at once: about three years of a ~100-promoter program (≈ 23 operations a day).
import type { Cache } from '../cache/cache.ts';
import { seedOperations } from './seed-operations.ts';

export const DEMO_OPERATIONS = 25_000;
export const DEMO_SEED = 2016; // the year the Código de Convivencia came into force

/** Seeds once per cache file; returns the number of rows added (0 when already seeded or not empty). */
export function seedDemoOnce(cache: Cache, now: number = Date.now()): number {
  if (cache.meta.get('demo_seeded_at') || cache.operations.count({}) > 0) return 0;
  const inserted = seedOperations(cache.db, cache.operations, { seed: DEMO_SEED, count: DEMO_OPERATIONS, until: now });
  cache.meta.set('demo_seeded_at', new Date(now).toISOString());
  return inserted;
}
