// Despacho's settings the console starts with (issue 13). The sources give no figures for the program's dispatch
// targets: these are working values for an administrator to confirm or replace as new dated entries.
import type { SettingEntry } from './dated.ts';

const PROGRAM_START = '2020-01-01';
const WORKING_VALUE = 'working value: the sources give none, confirm with the program';

/** Noise and parties matter most at night, when people sleep; lots and pavements can wait for the day. */
const NIGHT_FIRST = { day: 2, night: 1 };

export const DISPATCH_DEFAULT_SETTINGS: readonly SettingEntry[] = [
  {
    key: 'dispatch.priorities',
    effectiveFrom: PROGRAM_START,
    value: {
      night: { start: '22:00', end: '07:00' },
      byCategory: {
        noise: NIGHT_FIRST,
        party: NIGHT_FIRST,
        traffic: { day: 2, night: 2 },
        street_vending: { day: 3, night: 3 },
        other: { day: 3, night: 3 },
        vacant_lot: { day: 4, night: 4 },
        pavement: { day: 4, night: 4 },
      },
    },
    note: `${WORKING_VALUE}; night as in noise.dayPeriod`,
  },
  { key: 'dispatch.duplicates', effectiveFrom: PROGRAM_START, value: { radiusM: 250, windowMinutes: 120 }, note: WORKING_VALUE },
  {
    key: 'dispatch.sla',
    effectiveFrom: PROGRAM_START,
    value: {
      p1: { assign: { amberMinutes: 3, redMinutes: 5 }, arrive: { amberMinutes: 10, redMinutes: 15 } },
      p2: { assign: { amberMinutes: 5, redMinutes: 10 }, arrive: { amberMinutes: 15, redMinutes: 25 } },
      p3: { assign: { amberMinutes: 15, redMinutes: 30 }, arrive: { amberMinutes: 30, redMinutes: 60 } },
      p4: { assign: { amberMinutes: 60, redMinutes: 240 }, arrive: { amberMinutes: 120, redMinutes: 480 } },
    },
    note: WORKING_VALUE,
  },
  {
    key: 'dispatch.recommend',
    effectiveFrom: PROGRAM_START,
    value: { roadFactor: { vehicle: 1.35, foot: 1.25 }, speedKmh: { vehicle: 25, foot: 4.5 }, reservationLookaheadMinutes: 60 },
    note: `${WORKING_VALUE}; city traffic speed and a grid city's road factor`,
  },
  { key: 'dispatch.checkInMinutes', effectiveFrom: PROGRAM_START, value: 15, note: WORKING_VALUE },
  { key: 'live.freshness', effectiveFrom: PROGRAM_START, value: { amberAfterSeconds: 30, lostAfterSeconds: 120 }, note: WORKING_VALUE },
  {
    key: 'field.clockTolerance',
    effectiveFrom: PROGRAM_START,
    value: { aheadSeconds: 120, behindSeconds: 12 * 60 * 60 },
    note: `${WORKING_VALUE}; behind: a tablet may send a shift's buffered reports after a gap`,
  },
];
