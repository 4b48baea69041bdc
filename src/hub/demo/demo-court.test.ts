// The demo court: every step goes through the hub's write path and is accepted, the cases stand at the steps the
// desk meets in a morning (to notify, in term, waiting, a morning of hearings, resolved, paid), every chain verifies,
// and a second seeding adds nothing.
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../core/test-support/temp-dir.ts';
import { caseStatus, currentHearing } from '../../shared/court/effective-status.ts';
import { cordobaInstant } from '../../shared/time/cordoba.ts';
import { verifyHubChains } from '../audit/verify-hub.ts';
import { openHubStore } from '../store/hub-store.ts';
import { seedDemoCourt } from './demo-court.ts';
import { seedDefaultSettings } from './seed-demo.ts';

describe('the demo court', () => {
  it.each([
    ['a Thursday', cordobaInstant(2026, 12, 10, 7)],
    ['a Saturday (hearings on Monday)', cordobaInstant(2026, 12, 5, 7)],
  ])('seeds a morning of hearings on %s, every step accepted and audited', (_day, now) => {
    const store = openHubStore(tempDir());
    seedDefaultSettings(store, now);
    const steps = seedDemoCourt(store, now);
    expect(steps).toBe(28);
    const hearings = store.records.all('hearing');
    const statuses = store.records.all('court_case').map((c) => caseStatus(c, currentHearing(c.id, hearings)));
    expect(statuses.sort()).toEqual(
      [
        'opened',
        'notified',
        'hearing_scheduled',
        'hearing_scheduled',
        'hearing_scheduled',
        'hearing_scheduled',
        'resolved',
        'paid_voluntarily',
      ].sort(),
    );
    expect(verifyHubChains(store)).toEqual({ chains: 8, entries: 28, broken: [] });
    expect(seedDemoCourt(store, now)).toBe(0);
    store.close();
  });
});
