import { describe, expect, it } from 'vitest';
import { cordobaInstant } from '../time/cordoba.ts';
import { SETTING_KEYS } from './catalogue.ts';
import { settingAt, settingsAt } from './dated.ts';
import { DEFAULT_SETTINGS } from './defaults.ts';
import { SettingEntrySchema } from './entry-schema.ts';

describe('default settings', () => {
  it.each(DEFAULT_SETTINGS.map((e) => [e.key, e.effectiveFrom, e] as const))('%s from %s fits its schema', (_k, _d, entry) => {
    expect(SettingEntrySchema.parse(entry)).toEqual(entry);
  });

  it('gives every key a value today', () => {
    const today = cordobaInstant(2026, 1, 15);
    expect(settingsAt(DEFAULT_SETTINGS, SETTING_KEYS, today)).toMatchObject({ ok: true });
  });

  const at = cordobaInstant(2025, 9, 1, 12);
  it.each([
    [
      'noise.marginsDb',
      {
        hospital: { day: 5, night: 3 },
        residential: { day: 7, night: 5 },
        mixed: { day: 9, night: 7 },
        industrial: { day: 12, night: 10 },
      },
    ],
    ['noise.dayPeriod', { start: '07:00', end: '22:00' }],
    ['noise.venuePeakDb', 95],
    ['alcohol.limitsGL', { city: 0.4, provincial_road: 0, ring_road: 0 }],
    ['alcohol.retestWindowMinutes', { min: 10, max: 12 }],
    ['alcohol.deviceVerificationMonths', 12],
    ['vending.maxAbsencesPerYear', 6],
    ['vacantLot.noticeDeadlineDays', 3],
    ['vacantLot.art208FinesUem', { standard: { min: 50, max: 200 }, large: { min: 200, max: 2000 }, largeOverM2: 3000 }],
    ['court.uemValueArs', 10_808],
    ['court.voluntaryPaymentDiscountPct', 40],
    ['court.hearingHours', { start: '08:30', end: '13:30' }],
  ] as const)('%s is the DOMAIN figure', (key, value) => {
    expect(settingAt(DEFAULT_SETTINGS, key, at)).toEqual(value);
  });

  it('construction and road-works rules are the DOMAIN figures', () => {
    expect(settingAt(DEFAULT_SETTINGS, 'noise.construction', at)).toMatchObject({
      maxDbAtDistance: 80,
      distanceM: 15,
      maxOverBackgroundInsideDb: 9,
    });
    expect(settingAt(DEFAULT_SETTINGS, 'noise.roadWorks', at)).toMatchObject({ maxDbAtDistance: 85, distanceM: 10 });
  });

  it("marks Despacho's figures as working values for the program to confirm", () => {
    for (const key of [
      'dispatch.priorities',
      'dispatch.duplicates',
      'dispatch.sla',
      'dispatch.recommend',
      'dispatch.checkInMinutes',
      'live.freshness',
      'field.clockTolerance',
    ] as const) {
      expect(DEFAULT_SETTINGS.find((e) => e.key === key)?.note).toMatch(/working value/);
    }
  });

  it("takes the priorities' night from the noise day period (what is not day is night)", () => {
    const day = settingAt(DEFAULT_SETTINGS, 'noise.dayPeriod', at)!;
    expect(settingAt(DEFAULT_SETTINGS, 'dispatch.priorities', at)!.night).toEqual({ start: day.end, end: day.start });
  });

  it('marks the uncertain figures', () => {
    for (const key of [
      'noise.dayPeriod',
      'alcohol.provincialTiers',
      'court.defenceDeadlines',
      'roster.limits',
      'roster.shiftTimes',
    ] as const) {
      expect(DEFAULT_SETTINGS.find((e) => e.key === key)?.note).toMatch(/uncertain/);
    }
  });
});
