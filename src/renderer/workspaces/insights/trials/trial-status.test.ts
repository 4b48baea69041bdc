import { describe, expect, it } from 'vitest';
import type { NoticeTrial } from '../../../../shared/records/notice-trial-schema.ts';
import { byNewest, canStop, trialStatus, type TrialStatus } from './trial-status.ts';

const trial = (stoppedAt: number | null, createdAt = 0, id = '00000000-0000-4000-8000-000000000001'): NoticeTrial => ({
  id,
  definition: {
    name: 'Baldíos: tono',
    category: 'vacant_lot',
    variants: [
      { key: 'a', label: 'Formal', wording: 'Se lo emplaza…' },
      { key: 'b', label: 'Vecinal', wording: 'Sus vecinos…' },
    ],
    barrios: ['Centro'],
    start: '2026-05-01',
    end: '2026-05-31',
    seed: 'seed-0001',
  },
  createdAt,
  createdBy: 'admin',
  stoppedAt,
  version: stoppedAt === null ? 1 : 2,
});

describe('trialStatus', () => {
  it.each<[string, number | null, TrialStatus, boolean]>([
    ['2026-04-30', null, 'not_started', true],
    ['2026-05-01', null, 'running', true],
    ['2026-05-31', null, 'running', true],
    ['2026-06-01', null, 'finished', false],
    ['2026-05-10', 1_778_000_000_000, 'stopped', false],
    ['2026-04-20', 1_777_000_000_000, 'stopped', false],
  ])('on %s (stopped at %s): %s', (today, stoppedAt, status, stoppable) => {
    expect(trialStatus(trial(stoppedAt), today)).toBe(status);
    expect(canStop(status)).toBe(stoppable);
  });
});

describe('byNewest', () => {
  it('puts the latest defined first, ties by id', () => {
    const old = trial(null, 1, '00000000-0000-4000-8000-000000000003');
    const young = trial(null, 2, '00000000-0000-4000-8000-000000000002');
    const twin = trial(null, 2, '00000000-0000-4000-8000-000000000001');
    expect([old, young, twin].sort(byNewest).map((t) => t.id)).toEqual([twin.id, young.id, old.id]);
  });
});
