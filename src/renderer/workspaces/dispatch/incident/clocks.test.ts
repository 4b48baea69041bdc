import { describe, expect, it } from 'vitest';
import { durationText, incidentClocks } from './clocks.ts';

const T0 = Date.UTC(2026, 11, 5, 1, 0, 0);
const s = (seconds: number) => T0 + seconds * 1000;
const base = { status: 'received', openedAt: T0, assignedAt: null, arrivedAt: null, closedAt: null, checkInDueAt: null } as const;

describe('incidentClocks', () => {
  it.each([
    ['received: only the wait runs', base, 90, { waiting: { ms: 90_000, running: true }, arriving: null, onScene: null, checkInMs: null }],
    [
      'assigned: the wait stopped at the assign, the arrival runs',
      { ...base, status: 'assigned', assignedAt: s(60) },
      200,
      { waiting: { ms: 60_000, running: false }, arriving: { ms: 140_000, running: true }, onScene: null, checkInMs: null },
    ],
    [
      'on scene: the arrival stopped, on scene runs, the check-in counts down',
      { ...base, status: 'on_scene', assignedAt: s(60), arrivedAt: s(300), checkInDueAt: s(1200) },
      500,
      {
        waiting: { ms: 60_000, running: false },
        arriving: { ms: 240_000, running: false },
        onScene: { ms: 200_000, running: true },
        checkInMs: 700_000,
      },
    ],
    [
      'a check-in overdue is negative',
      { ...base, status: 'on_scene', assignedAt: s(60), arrivedAt: s(300), checkInDueAt: s(1200) },
      1300,
      {
        waiting: { ms: 60_000, running: false },
        arriving: { ms: 240_000, running: false },
        onScene: { ms: 1_000_000, running: true },
        checkInMs: -100_000,
      },
    ],
    [
      'closed: every clock stopped at the close, no check-in',
      { ...base, status: 'closed', assignedAt: s(60), arrivedAt: s(300), closedAt: s(900), checkInDueAt: null },
      5000,
      {
        waiting: { ms: 60_000, running: false },
        arriving: { ms: 240_000, running: false },
        onScene: { ms: 600_000, running: false },
        checkInMs: null,
      },
    ],
    [
      'cancelled before anyone was sent: the wait stopped at the end',
      { ...base, status: 'cancelled', closedAt: s(120) },
      5000,
      { waiting: { ms: 120_000, running: false }, arriving: null, onScene: null, checkInMs: null },
    ],
    [
      'a clock skewed into the future reads zero, not negative',
      { ...base, openedAt: s(10) },
      0,
      { waiting: { ms: 0, running: true }, arriving: null, onScene: null, checkInMs: null },
    ],
  ] as const)('%s', (_, incident, at, expected) => {
    expect(incidentClocks(incident, s(at))).toEqual(expected);
  });
});

describe('durationText', () => {
  it.each([
    [0, '0:00'],
    [999, '0:00'],
    [5_000, '0:05'],
    [65_000, '1:05'],
    [59 * 60_000 + 59_999, '59:59'],
    [3_600_000, '1:00:00'],
    [3_725_000, '1:02:05'],
    [26 * 3_600_000, '26:00:00'],
    [-65_000, '1:05'],
  ])('%i ms reads %s', (ms, text) => {
    expect(durationText(ms)).toBe(text);
  });
});
