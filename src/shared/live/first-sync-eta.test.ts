import { describe, expect, it } from 'vitest';
import { BUILD_ROWS_PER_SECOND, firstSyncEta, type LoadTiming } from './first-sync-eta.ts';

const paging = (done: number, total: number, pagingMs: number, doneAtStart = 0): LoadTiming => ({
  phase: 'paging',
  done,
  total,
  doneAtStart,
  pagingMs,
  buildingMs: 0,
});
const building = (total: number, buildingMs: number): LoadTiming => ({
  phase: 'building',
  done: total,
  total,
  doneAtStart: 0,
  pagingMs: 20_000,
  buildingMs,
});
const build = (total: number) => total / BUILD_ROWS_PER_SECOND;

describe('firstSyncEta', () => {
  it.each<[string, LoadTiming, number | null]>([
    ['no estimate before a second of paging', paging(50_000, 1_000_000, 999), null],
    ['no estimate while nothing arrived in this run', paging(0, 1_000_000, 5_000), null],
    ['half received in 10 s: 10 s more, plus the build', paging(500_000, 1_000_000, 10_000), Math.ceil(10 + build(1_000_000))],
    ['everything received: only the build is left', paging(1_000_000, 1_000_000, 20_000), Math.ceil(build(1_000_000))],
    ['a resumed load measures only what this run received', paging(600_000, 1_000_000, 2_000, 500_000), Math.ceil(8 + build(1_000_000))],
    [
      'more received than announced (records added meanwhile): only the build',
      paging(1_000_100, 1_000_000, 20_000),
      Math.ceil(build(1_000_000)),
    ],
    ['building: the build estimate less the time spent on it', building(1_000_000, 2_000), Math.ceil(build(1_000_000) - 2)],
    ['a build taking longer than estimated still says at least 1 s', building(1_000_000, 60_000), 1],
    ['an empty hub builds at once', building(0, 0), 1],
  ])('%s', (_, timing, expected) => {
    expect(firstSyncEta(timing)).toBe(expected);
  });
});
