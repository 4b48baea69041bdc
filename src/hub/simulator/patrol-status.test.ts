import { describe, expect, it } from 'vitest';
import { UNIT_STATUSES, type UnitStatus } from '../../shared/live/units.ts';
import { dwellMs, isMoving, nextStatus, STATUS_TRANSITIONS } from './patrol-status.ts';

describe('patrol status', () => {
  it.each(UNIT_STATUSES)('transition odds from %s sum to 1', (status) => {
    expect(STATUS_TRANSITIONS[status].reduce((sum, [, p]) => sum + p, 0)).toBeCloseTo(1, 12);
  });

  it.each<[UnitStatus, number, UnitStatus]>([
    ['available', 0, 'en_route'],
    ['available', 0.849, 'en_route'],
    ['available', 0.85, 'break'],
    ['available', 0.95, 'out_of_service'],
    ['available', 0.999999, 'out_of_service'],
    ['dispatched', 0.999999, 'en_route'],
    ['en_route', 0.5, 'on_scene'],
    ['on_scene', 0.2, 'available'],
    ['on_scene', 0.9, 'break'],
    ['on_scene', 0.98, 'out_of_service'],
    ['break', 0.7, 'available'],
    ['out_of_service', 0.1, 'available'],
  ])('%s with roll %d → %s', (from, roll, to) => {
    expect(nextStatus(from, roll)).toBe(to);
  });

  it.each<[Exclude<UnitStatus, 'en_route'>, number, number]>([
    ['available', 0, 180_000],
    ['available', 1, 720_000],
    ['dispatched', 0, 10_000],
    ['dispatched', 1, 40_000],
    ['on_scene', 0.5, 750_000],
    ['break', 0, 600_000],
    ['out_of_service', 1, 2_700_000],
  ])('%s lasts %d of its range: %d ms', (status, roll, ms) => {
    expect(dwellMs(status, roll)).toBe(ms);
  });

  it.each<[UnitStatus, boolean]>([
    ['available', true],
    ['dispatched', false],
    ['en_route', true],
    ['on_scene', false],
    ['break', false],
    ['out_of_service', false],
  ])('%s moves: %s', (status, moving) => {
    expect(isMoving(status)).toBe(moving);
  });
});
