// Runs in: Node. The first start with an empty cache and no hub gets the demo's story (shared/demo/story.ts), the
// same the embedded demo hub seeds, so a new user sees data at once: about three years of a ~100-promoter program
// (≈ 23 operations a day) with its staffing, results, findings, notices, complaints and court cases. The court's
// records come without audit chains — only a hub makes those — and the console judges by the default settings, as
// any console before its first sync does.
import { demoFleet, DEMO_UNITS } from '../../shared/demo/fleet.ts';
import { demoStory } from '../../shared/demo/story.ts';
import type { Cache } from '../cache/cache.ts';

export const DEMO_OPERATIONS = 25_000;
export const DEMO_SEED = 2016; // the year the Código de Convivencia came into force

/**
 * Seeds once per cache file — check and insert in one transaction — and returns the operations added (0 when the
 * cache was seeded before or already holds operations, e.g. a user who emptied it keeps it empty).
 */
export function seedDemoOnce(cache: Cache, now: number = Date.now(), count: number = DEMO_OPERATIONS): number {
  return cache.db
    .transaction(() => {
      if (cache.meta.get('demo_seeded_at') || cache.operations.count({}) > 0) return 0;
      cache.meta.set('demo_seeded_at', new Date(now).toISOString());
      const story = demoStory({ seed: DEMO_SEED, count, until: now, units: demoFleet(DEMO_UNITS) });
      cache.records.putNewer('person', story.people);
      cache.records.putNewer('resource', story.resources);
      cache.records.putNewer('notice', story.notices);
      cache.records.putNewer('incident', story.incidents);
      cache.records.putNewer('court_case', story.courtCases);
      cache.records.putNewer('hearing', story.hearings);
      return cache.operations.bulkLoad(story.operations);
    })
    .immediate();
}
