// A console with no hub seeds the demo's story into its own cache, once: the operations with their staffing, results
// and findings, and the people, resources, notices, complaints and court records the story made — the same the
// embedded demo hub would send it.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCache } from '../cache/cache.ts';
import { tempDir } from '../test-support/temp-dir.ts';
import { seedDemoOnce } from './demo.ts';

const NOW = Date.UTC(2026, 10, 26, 15);

describe('the hub-less demo seed', () => {
  it('puts the whole story in the cache, once', () => {
    const cache = createCache(path.join(tempDir(), 'cache.sqlite3'));
    expect(seedDemoOnce(cache, NOW, 2_000)).toBe(2_000);
    expect(cache.operations.count({})).toBe(2_000);
    const closed = cache.operations.overlapping(NOW - 60 * 86_400_000, NOW, 5_000).filter((o) => o.status === 'closed');
    expect(closed.length).toBeGreaterThan(0);
    expect(closed.every((o) => o.details?.result !== undefined && (o.details.assigned?.people.length ?? 0) > 0)).toBe(true);
    expect(cache.records.list('person')).toHaveLength(100);
    for (const entity of ['resource', 'notice', 'incident', 'court_case', 'hearing'] as const)
      expect(cache.records.list(entity).length, entity).toBeGreaterThan(0);
    expect(seedDemoOnce(cache, NOW + 60_000, 2_000)).toBe(0);
    expect(cache.operations.count({})).toBe(2_000);
    cache.close();
  });
});
