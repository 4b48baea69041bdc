// The SQL time expressions against the shared TypeScript they restate: Córdoba day, minute and weekday (tz database)
// for instants since Argentina dropped DST, clamped month arithmetic, and daily windows.
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createPrng } from '../../../shared/random/prng.ts';
import { addDaysIso, addMonthsIso } from '../../../shared/settings/iso-date.ts';
import { inDailyWindow } from '../../../shared/settings/time-of-day.ts';
import { cordobaCivil, cordobaIsoDate, cordobaInstant } from '../../../shared/time/cordoba.ts';
import { addMonthsSql, cordobaDaySql, cordobaMinuteSql, cordobaWeekdaySql, inDailyWindowSql, shiftDaySql } from './sql-time.ts';

const db = new Database(':memory:');
const rng = createPrng(14);
const SINCE = Date.UTC(2009, 3, 1);
const UNTIL = Date.UTC(2099, 11, 31);

describe('Córdoba time in SQL', () => {
  it('gives the day, minute and weekday the tz database gives, for instants since 2009', () => {
    const time = db.prepare(
      `SELECT ${cordobaDaySql('@at')} AS day, ${cordobaMinuteSql('@at')} AS minute, ${cordobaWeekdaySql('@at')} AS weekday`,
    );
    const midnight = cordobaInstant(2026, 3, 1);
    const instants = [midnight - 1, midnight, midnight + 1, ...Array.from({ length: 3000 }, () => rng.int(SINCE, UNTIL))];
    for (const at of instants) {
      const c = cordobaCivil(at);
      expect(time.get({ at }), String(at)).toEqual({ day: cordobaIsoDate(at), minute: c.hour * 60 + c.minute, weekday: c.weekday });
    }
  });

  it('puts a night shift after midnight on the night before, and nothing else', () => {
    const day = db.prepare(`SELECT ${shiftDaySql('?', '?')}`).pluck();
    expect(day.get(cordobaInstant(2026, 3, 7, 1, 30), 'night')).toBe('2026-03-06');
    expect(day.get(cordobaInstant(2026, 3, 6, 22), 'night')).toBe('2026-03-06');
    expect(day.get(cordobaInstant(2026, 3, 7, 1, 30), 'morning')).toBe('2026-03-07');
    expect(day.get(cordobaInstant(2026, 3, 7, 23, 59), 'afternoon')).toBe('2026-03-07');
  });

  it('adds months as addMonthsIso does, clamping to the month end, both ways', () => {
    const add = db.prepare(`SELECT ${addMonthsSql('@day', '@months')}`).pluck();
    for (const [day, months, expected] of [
      ['2024-01-31', 1, '2024-02-29'],
      ['2024-02-29', 12, '2025-02-28'],
      ['2024-03-31', -1, '2024-02-29'],
      ['2025-12-15', 1, '2026-01-15'],
    ] as const) {
      expect(add.get({ day, months })).toBe(expected);
    }
    for (let i = 0; i < 3000; i++) {
      const day = addDaysIso('2010-01-01', rng.int(0, 30_000));
      const months = rng.int(-60, 120);
      expect(add.get({ day, months }), `${day} ${months}`).toBe(addMonthsIso(day, months));
    }
  });

  it('reads daily windows as inDailyWindow does, across midnight and whole days', () => {
    const inside = db.prepare(`SELECT ${inDailyWindowSql('@minute', '@start', '@end')}`).pluck();
    const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
    for (let i = 0; i < 3000; i++) {
      const [minute, start, end] = [rng.int(0, 1439), rng.int(0, 1439), rng.pick([0, 420, 1320, rng.int(0, 1439)])];
      expect(inside.get({ minute, start, end }) === 1).toBe(inDailyWindow(minute, { start: hhmm(start), end: hhmm(end) }));
    }
  });
});
