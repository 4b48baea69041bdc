// The demo's story at the hub: operations, notices and complaints as current records, the demo's dated settings as
// changes, and the court's cases and hearings through the push's saving step — each with an audit chain that
// verifies, numbered by the hub's counter — once: a second seeding adds nothing.
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from '../../core/test-support/temp-dir.ts';
import { parseCaseNumber } from '../../shared/court/case-number.ts';
import { DEMO_SETTINGS } from '../../shared/demo/demo-settings.ts';
import { verifyHubChains } from '../audit/verify-hub.ts';
import { openHubStore, type HubStore } from '../store/hub-store.ts';
import { seedDefaultSettings, seedDemo, seedDemoOperations, seedDemoRoster } from './seed-demo.ts';

const NOW = Date.UTC(2026, 10, 26, 15);
let store: HubStore;
afterEach(() => store?.close());

describe('seeding the demo story into a hub', () => {
  it('writes every kind of the story once, with verifying audit chains and the hub’s case numbers', async () => {
    const dir = tempDir();
    store = openHubStore(dir);
    seedDefaultSettings(store, NOW);
    await seedDemo(store, dir, 8, NOW);
    seedDemoRoster(store, NOW);
    expect(seedDemoOperations(store, 3_000, NOW)).toBe(3_000);

    expect(store.records.count('operation')).toBe(3_000);
    for (const entity of ['notice', 'incident', 'court_case', 'hearing'] as const)
      expect(store.records.count(entity), entity).toBeGreaterThan(0);
    const cases = store.records.all('court_case');
    const hearings = store.records.all('hearing');
    expect(verifyHubChains(store)).toEqual({ chains: cases.length, entries: cases.length + hearings.length, broken: [] });
    const numbers = cases.flatMap((c) => (c.number ? [parseCaseNumber(c.number)!] : []));
    const lastOf2026 = Math.max(...numbers.filter((n) => n.year === 2026).map((n) => n.sequence));
    expect(store.caseNumbers.next(2026)).toBe(lastOf2026 + 1); // the hub's counter goes on after the demo's cases
    const settings = store.records.all('setting').filter((s) => s.id.startsWith('demo-'));
    expect(settings.map((s) => s.entry)).toEqual(DEMO_SETTINGS);

    const seq = store.changes.lastSeq();
    expect(seedDemoOperations(store, 3_000, NOW + 60_000)).toBe(0);
    expect(store.changes.lastSeq()).toBe(seq);
  });
});
