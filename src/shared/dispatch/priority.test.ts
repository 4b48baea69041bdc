import { describe, expect, it } from 'vitest';
import type { SettingValue } from '../settings/catalogue.ts';
import { settingAt, type SettingEntry } from '../settings/dated.ts';
import { DEFAULT_SETTINGS } from '../settings/defaults.ts';
import { cordobaInstant } from '../time/cordoba.ts';
import type { IncidentCategory, Priority } from './codes.ts';
import { computePriority } from './priority.ts';

/** The priority of a complaint that came in at `instant`, by the settings in force then. */
const priorityAt = (category: IncidentCategory, instant: number, entries: readonly SettingEntry[] = DEFAULT_SETTINGS) =>
  computePriority(category, instant, settingAt(entries, 'dispatch.priorities', instant)!);

const NOON = cordobaInstant(2026, 3, 10, 12, 0);
const MIDNIGHT = cordobaInstant(2026, 3, 11, 0, 30);

describe('computePriority', () => {
  it.each<[IncidentCategory, Priority, Priority]>([
    ['noise', 2, 1],
    ['party', 2, 1],
    ['traffic', 2, 2],
    ['street_vending', 3, 3],
    ['other', 3, 3],
    ['vacant_lot', 4, 4],
    ['pavement', 4, 4],
  ])('%s: %i by day, %i by night (the settings the console starts with)', (category, day, night) => {
    expect(priorityAt(category, NOON)).toBe(day);
    expect(priorityAt(category, MIDNIGHT)).toBe(night);
  });

  // Night is 22:00–07:00, half-open like every daily window: 22:00 sharp is night, 07:00 sharp is day again.
  it.each<[string, number, Priority]>([
    ['21:59:59.999', cordobaInstant(2026, 3, 10, 21, 59) + 59_999, 2],
    ['22:00', cordobaInstant(2026, 3, 10, 22, 0), 1],
    ['23:59', cordobaInstant(2026, 3, 10, 23, 59), 1],
    ['00:00', cordobaInstant(2026, 3, 11, 0, 0), 1],
    ['06:59:59.999', cordobaInstant(2026, 3, 11, 6, 59) + 59_999, 1],
    ['07:00', cordobaInstant(2026, 3, 11, 7, 0), 2],
  ])('a noise complaint at %s Córdoba time is priority %i', (_, instant, priority) => {
    expect(priorityAt('noise', instant)).toBe(priority);
  });

  it('reads the night by Córdoba time, not UTC (01:00 UTC is 22:00 the evening before in Córdoba)', () => {
    expect(priorityAt('party', Date.UTC(2026, 2, 11, 0, 59))).toBe(2); // 21:59 in Córdoba
    expect(priorityAt('party', Date.UTC(2026, 2, 11, 1, 0))).toBe(1); // 22:00 in Córdoba
  });

  describe('a later dated entry', () => {
    const before = settingAt(DEFAULT_SETTINGS, 'dispatch.priorities', NOON)!;
    const from2026April: SettingValue<'dispatch.priorities'> = {
      night: { start: '23:00', end: '06:00' },
      byCategory: { ...before.byCategory, vacant_lot: { day: 3, night: 2 } },
    };
    const entries: SettingEntry[] = [
      ...DEFAULT_SETTINGS,
      { key: 'dispatch.priorities', effectiveFrom: '2026-04-01', value: from2026April, note: 'test' },
    ];

    it.each<[string, number, IncidentCategory, Priority]>([
      ['the day before it, a vacant lot by day', cordobaInstant(2026, 3, 31, 12, 0), 'vacant_lot', 4],
      ['the day before it, a vacant lot at 23:59', cordobaInstant(2026, 3, 31, 23, 59), 'vacant_lot', 4],
      ['from its first minute (00:00, night)', cordobaInstant(2026, 4, 1, 0, 0), 'vacant_lot', 2],
      ['from its first day, by day', cordobaInstant(2026, 4, 1, 12, 0), 'vacant_lot', 3],
      ['the old night still at 22:30 the evening before', cordobaInstant(2026, 3, 31, 22, 30), 'noise', 1],
      ['its own night: 22:30 is day now', cordobaInstant(2026, 4, 1, 22, 30), 'noise', 2],
      ['its own night: 23:00 is night', cordobaInstant(2026, 4, 1, 23, 0), 'noise', 1],
      ['its own night: 06:00 is day', cordobaInstant(2026, 4, 2, 6, 0), 'noise', 2],
    ])('%s', (_, instant, category, priority) => {
      expect(priorityAt(category, instant, entries)).toBe(priority);
    });
  });
});
