import { describe, expect, it } from 'vitest';
import type { SyncProgress, SyncStatus } from '../../shared/live/sync-status.ts';
import { etaParts, firstSyncPending, progressPercent, type Eta } from './sync-progress.ts';

describe('etaParts', () => {
  it.each<[number | null, Eta | null]>([
    [null, null],
    [Number.NaN, null],
    [-3, null],
    [0, { value: 1, unit: 'seconds' }], // never "~0 s" while work is left
    [0.2, { value: 1, unit: 'seconds' }],
    [19.2, { value: 20, unit: 'seconds' }],
    [20, { value: 20, unit: 'seconds' }],
    [89.4, { value: 90, unit: 'seconds' }],
    [90, { value: 2, unit: 'minutes' }], // 1.5 min, said as 2
    [119, { value: 2, unit: 'minutes' }],
    [149, { value: 2, unit: 'minutes' }],
    [150, { value: 3, unit: 'minutes' }],
    [3_600, { value: 60, unit: 'minutes' }],
  ])('%s s → %o', (seconds, eta) => {
    expect(etaParts(seconds)).toEqual(eta);
  });
});

describe('progressPercent', () => {
  const paging = (done: number, total: number): SyncProgress => ({ phase: 'paging', done, total, etaSeconds: null });
  it.each<[SyncProgress, number | null]>([
    [paging(0, 1_000_000), 0],
    [paging(420_000, 1_000_000), 42],
    [paging(999_999, 1_000_000), 99], // 100 % only once every operation is in
    [paging(1_000_000, 1_000_000), 100],
    [paging(1_200, 1_000), 100], // more than the snapshot's total (changes meanwhile): never past the end
    [paging(5, 0), null], // total unknown: indeterminate
    [{ phase: 'building', done: 1_000_000, total: 1_000_000, etaSeconds: 8 }, null],
  ])('%o → %s', (progress, percent) => {
    expect(progressPercent(progress)).toBe(percent);
  });
});

describe('firstSyncPending', () => {
  const status = (changes: Partial<SyncStatus>): SyncStatus => ({
    state: 'live',
    hubUrl: 'http://127.0.0.1:4100',
    offlineSince: null,
    dataAsOf: 1_000,
    lastError: null,
    progress: null,
    ...changes,
  });
  const loading: SyncProgress = { phase: 'paging', done: 10, total: 100, etaSeconds: null };
  it.each<[string, SyncStatus | null, boolean]>([
    ['not answered yet', null, false],
    ['live with data', status({}), false],
    ['bulk load over an older cache', status({ state: 'catching_up', progress: loading }), true],
    ['bulk load of a new console', status({ state: 'catching_up', dataAsOf: null, progress: loading }), true],
    ['connecting, nothing yet', status({ state: 'connecting', dataAsOf: null }), true],
    ['catching up, nothing yet', status({ state: 'catching_up', dataAsOf: null }), true],
    ['catching up over data it has', status({ state: 'catching_up' }), false],
    ['offline, never synced: nothing is arriving', status({ state: 'offline', dataAsOf: null }), false],
    ['signed out', status({ state: 'signed_out', dataAsOf: null }), false],
    ['no hub', status({ state: 'offline', hubUrl: null, dataAsOf: null }), false],
  ])('%s → %s', (_, value, pending) => {
    expect(firstSyncPending(value)).toBe(pending);
  });
});
