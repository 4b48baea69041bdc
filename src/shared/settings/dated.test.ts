import { describe, expect, it } from 'vitest';
import { cordobaInstant } from '../time/cordoba.ts';
import { settingAt, settingsAt, type SettingEntry } from './dated.ts';
import { DEFAULT_SETTINGS } from './defaults.ts';

describe('settings in force at an instant', () => {
  const entries: SettingEntry[] = [
    { key: 'court.uemValueArs', effectiveFrom: '2025-08-01', value: 10_808 },
    { key: 'court.uemValueArs', effectiveFrom: '2026-01-01', value: 12_000 },
    { key: 'court.uemValueArs', effectiveFrom: '2025-09-01', value: 11_000 },
    // A correction on the same day: the later entry wins.
    { key: 'court.uemValueArs', effectiveFrom: '2026-01-01', value: 12_500 },
    { key: 'noise.venuePeakDb', effectiveFrom: '2016-04-01', value: 95 },
  ];

  it.each([
    [cordobaInstant(2025, 7, 31, 23, 59), undefined],
    [cordobaInstant(2025, 8, 1, 0, 0), 10_808],
    [cordobaInstant(2025, 8, 31, 23, 59), 10_808],
    [cordobaInstant(2025, 9, 1, 0, 0), 11_000],
    [cordobaInstant(2025, 12, 31, 23, 59), 11_000],
    [cordobaInstant(2026, 1, 1, 0, 0), 12_500],
  ])('UEM value at %i is %s', (instant, value) => {
    expect(settingAt(entries, 'court.uemValueArs', instant)).toBe(value);
  });

  it('changes on the Córdoba date, not the UTC one', () => {
    // 2025-09-01 01:00 UTC is still 31 August, 22:00, in Córdoba.
    expect(settingAt(entries, 'court.uemValueArs', Date.UTC(2025, 8, 1, 1, 0))).toBe(10_808);
    expect(settingAt(entries, 'court.uemValueArs', Date.UTC(2025, 8, 1, 3, 0))).toBe(11_000);
  });

  it('gathers several keys, or names those without a value then', () => {
    const at = cordobaInstant(2025, 8, 15);
    expect(settingsAt(entries, ['court.uemValueArs', 'noise.venuePeakDb'], at)).toEqual({
      ok: true,
      values: { 'court.uemValueArs': 10_808, 'noise.venuePeakDb': 95 },
    });
    expect(
      settingsAt(entries, ['court.uemValueArs', 'noise.venuePeakDb', 'vacantLot.noticeDeadlineDays'], cordobaInstant(2020, 1, 1)),
    ).toEqual({
      ok: false,
      missing: ['court.uemValueArs', 'vacantLot.noticeDeadlineDays'],
    });
  });

  it.each([
    [cordobaInstant(2020, 12, 31, 23, 59), false],
    [cordobaInstant(2021, 1, 1, 0, 0), true],
    [cordobaInstant(2022, 12, 31, 12, 0), true],
    [cordobaInstant(2023, 1, 1, 0, 0), false],
  ])('the camera warnings-only pilot at %i: %s', (instant, on) => {
    expect(settingAt(DEFAULT_SETTINGS, 'camera.warningsOnly', instant)).toBe(on);
  });

  it('has nothing in force before the code', () => {
    expect(settingAt(DEFAULT_SETTINGS, 'noise.venuePeakDb', cordobaInstant(2016, 3, 31, 23, 59))).toBeUndefined();
    expect(settingAt(DEFAULT_SETTINGS, 'noise.venuePeakDb', cordobaInstant(2016, 4, 1))).toBe(95);
  });
});
