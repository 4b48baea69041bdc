import { describe, expect, it } from 'vitest';
import type { SettingRecord } from '../../shared/records/setting.ts';
import { SETTING_KEYS } from '../../shared/settings/catalogue.ts';
import { settingAt, type SettingEntry } from '../../shared/settings/dated.ts';
import { DEFAULT_SETTINGS } from '../../shared/settings/defaults.ts';
import { cordobaInstant } from '../../shared/time/cordoba.ts';
import { AREA_OF, SETTING_AREAS, keyView, settingAreas } from './setting-areas.ts';

const records = (entries: readonly SettingEntry[]): SettingRecord[] =>
  entries.map((entry, i) => ({ id: `r-${String(i).padStart(3, '0')}`, entry, version: 1 }));

const limits = (effectiveFrom: string, minRestHours: number, note?: string): SettingEntry => ({
  key: 'roster.limits',
  effectiveFrom,
  value: { minRestHours, maxWeeklyHours: 48 },
  ...(note ? { note } : {}),
});

describe('settingAreas', () => {
  it('puts every catalogue key in exactly one area, areas in the screen order', () => {
    const areas = settingAreas(records(DEFAULT_SETTINGS), Date.UTC(2026, 10, 26, 15));
    const keys = areas.flatMap((a) => a.keys.map((k) => k.key));
    expect([...keys].sort()).toEqual([...SETTING_KEYS].sort());
    expect(new Set(keys).size).toBe(keys.length);
    expect(areas.map((a) => a.area)).toEqual(SETTING_AREAS.filter((area) => Object.values(AREA_OF).includes(area)));
    expect(areas.find((a) => a.area === 'alcohol')?.keys.map((k) => k.key)).toEqual([
      'alcohol.limitsGL',
      'alcohol.retestWindowMinutes',
      'alcohol.deviceVerificationMonths',
      'alcohol.provincialTiers',
    ]);
  });

  it('the value in force is settingAt’s, for every key on many days (defaults plus dated changes)', () => {
    const entries: SettingEntry[] = [
      ...DEFAULT_SETTINGS,
      limits('2026-11-27', 10, 'tomorrow'),
      limits('2026-11-26', 11, 'today'),
      limits('2026-11-26', 9, 'today, corrected'),
    ];
    const list = records(entries);
    for (const day of ['2016-03-31', '2016-04-01', '2021-06-01', '2023-01-01', '2025-08-01', '2026-11-26', '2026-11-27', '2030-01-01']) {
      const [y, m, d] = day.split('-').map(Number) as [number, number, number];
      const instant = cordobaInstant(y, m, d, 12);
      for (const key of SETTING_KEYS) {
        expect(keyView(list, key, day).inForce?.entry.value, `${key} on ${day}`).toEqual(settingAt(entries, key, instant));
      }
    }
  });

  it('history: newest first, a same-day correction above what it corrects; future / in force / past', () => {
    const list = records([limits('2016-04-01', 12), limits('2026-11-27', 10), limits('2026-11-26', 11), limits('2026-11-26', 9)]);
    const view = keyView(list, 'roster.limits', '2026-11-26');
    expect(
      view.history.map((row) => [
        row.record.entry.effectiveFrom,
        (row.record.entry.value as { minRestHours: number }).minRestHours,
        row.state,
      ]),
    ).toEqual([
      ['2026-11-27', 10, 'future'],
      ['2026-11-26', 9, 'in_force'],
      ['2026-11-26', 11, 'past'],
      ['2016-04-01', 12, 'past'],
    ]);
    expect(view.inForce?.id).toBe('r-003');
  });

  it('a key with entries only in the future has none in force', () => {
    const view = keyView(records([limits('2027-01-01', 10)]), 'roster.limits', '2026-11-26');
    expect(view.inForce).toBeNull();
    expect(view.history.map((row) => row.state)).toEqual(['future']);
    expect(keyView([], 'court.uemValueArs', '2026-11-26')).toEqual({ key: 'court.uemValueArs', inForce: null, history: [] });
  });
});
