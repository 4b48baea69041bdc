import { describe, expect, it } from 'vitest';
import { cordobaInstant } from '../time/cordoba.ts';
import type { SettingKey } from './catalogue.ts';
import { settingAt, type SettingEntry } from './dated.ts';
import { DISPATCH_DEFAULT_SETTINGS } from './dispatch-defaults.ts';
import { newSettingEntrySchema, SettingEntrySchema } from './entry-schema.ts';

const anyMessage = expect.any(String) as unknown as string;
const problem = (input: unknown, schema = SettingEntrySchema) => {
  const r = schema.safeParse(input);
  return r.success ? null : { path: r.error.issues[0]?.path.join('.'), message: r.error.issues[0]?.message };
};

describe("an administrator's new setting entry", () => {
  it.each<[string, unknown, { path: string | undefined; message: string | undefined } | null]>([
    ['a new UEM value', { key: 'court.uemValueArs', value: 12_000, effectiveFrom: '2026-02-01', note: 'Decreto…' }, null],
    [
      'city alcohol zero',
      { key: 'alcohol.limitsGL', value: { city: 0, provincial_road: 0, ring_road: 0 }, effectiveFrom: '2026-02-01' },
      null,
    ],
    [
      'a 40 g/L limit',
      { key: 'alcohol.limitsGL', value: { city: 40, provincial_road: 0, ring_road: 0 }, effectiveFrom: '2026-02-01' },
      { path: 'value.city', message: 'out_of_range' },
    ],
    ['a negative margin', { key: 'noise.venuePeakDb', value: -5, effectiveFrom: '2026-02-01' }, { path: 'value', message: 'out_of_range' }],
    [
      'a string for a number',
      { key: 'noise.venuePeakDb', value: '95', effectiveFrom: '2026-02-01' },
      { path: 'value', message: expect.any(String) as unknown as string },
    ],
    [
      'the year 3000',
      { key: 'noise.venuePeakDb', value: 95, effectiveFrom: '3000-01-01' },
      { path: 'effectiveFrom', message: 'date_out_of_range' },
    ],
    [
      'an unknown key',
      { key: 'noise.anything', value: 1, effectiveFrom: '2026-02-01' },
      { path: 'key', message: expect.any(String) as unknown as string },
    ],
    [
      'an extra field',
      { key: 'noise.venuePeakDb', value: 95, effectiveFrom: '2026-02-01', by: 'x' },
      { path: '', message: expect.any(String) as unknown as string },
    ],
    [
      'a 10 kB note',
      { key: 'noise.venuePeakDb', value: 95, effectiveFrom: '2026-02-01', note: 'x'.repeat(10_000) },
      { path: 'note', message: 'too_long' },
    ],
    [
      'a retest window backwards',
      { key: 'alcohol.retestWindowMinutes', value: { min: 12, max: 10 }, effectiveFrom: '2026-02-01' },
      { path: 'value.max', message: 'min_over_max' },
    ],
    [
      'a bad hour',
      { key: 'noise.dayPeriod', value: { start: '25:00', end: '22:00' }, effectiveFrom: '2026-02-01' },
      { path: 'value.start', message: 'invalid_time' },
    ],
    [
      'tiers out of order',
      {
        key: 'alcohol.provincialTiers',
        value: [
          { upToGL: 1, fineUfMin: null, fineUfMax: null, disqualificationMonthsMax: 6 },
          { upToGL: 0.5, fineUfMin: null, fineUfMax: null, disqualificationMonthsMax: 6 },
          { upToGL: null, fineUfMin: null, fineUfMax: null, disqualificationMonthsMax: 12 },
        ],
        effectiveFrom: '2026-02-01',
      },
      { path: 'value', message: 'tiers_out_of_order' },
    ],
  ])('%s', (_name, input, expected) => {
    expect(problem(input)).toEqual(expected);
  });

  describe("Despacho's settings", () => {
    const DISPATCH_KEYS = DISPATCH_DEFAULT_SETTINGS.map((e) => e.key);
    const byDefault = <K extends SettingKey>(key: K) => settingAt(DISPATCH_DEFAULT_SETTINGS, key, cordobaInstant(2026, 2, 1))!;
    const without = (value: object, key: string) => Object.fromEntries(Object.entries(value).filter(([k]) => k !== key));
    const [priorities, sla, recommend] = [byDefault('dispatch.priorities'), byDefault('dispatch.sla'), byDefault('dispatch.recommend')];
    const withCategory = (category: string, value: unknown) => ({
      ...priorities,
      byCategory: { ...priorities.byCategory, [category]: value },
    });

    it('covers every new key', () => {
      expect(new Set(DISPATCH_KEYS)).toEqual(
        new Set([
          'dispatch.priorities',
          'dispatch.duplicates',
          'dispatch.sla',
          'dispatch.recommend',
          'dispatch.checkInMinutes',
          'live.freshness',
          'field.clockTolerance',
        ]),
      );
    });

    it.each(DISPATCH_KEYS)('takes the default %s as a new entry', (key) => {
      expect(problem({ key, value: byDefault(key), effectiveFrom: '2026-02-01' })).toBeNull();
    });

    it.each<[string, SettingKey, unknown, { path: string | undefined; message: string | undefined }]>([
      [
        'a priority of 5',
        'dispatch.priorities',
        withCategory('noise', { day: 2, night: 5 }),
        { path: 'value.byCategory.noise.night', message: 'out_of_range' },
      ],
      [
        'a priority of 0',
        'dispatch.priorities',
        withCategory('pavement', { day: 0, night: 4 }),
        { path: 'value.byCategory.pavement.day', message: 'out_of_range' },
      ],
      [
        'a priority of 1.5',
        'dispatch.priorities',
        withCategory('party', { day: 1.5, night: 1 }),
        { path: 'value.byCategory.party.day', message: 'not_integer' },
      ],
      [
        'a category left out',
        'dispatch.priorities',
        { ...priorities, byCategory: without(priorities.byCategory, 'traffic') },
        { path: 'value.byCategory.traffic', message: anyMessage },
      ],
      [
        'a category the console does not know',
        'dispatch.priorities',
        withCategory('fireworks', { day: 1, night: 1 }),
        { path: 'value.byCategory', message: anyMessage },
      ],
      [
        'a night ending at 24:00',
        'dispatch.priorities',
        { ...priorities, night: { start: '22:00', end: '24:00' } },
        { path: 'value.night.end', message: 'invalid_time' },
      ],
      [
        'an SLA amber at its red',
        'dispatch.sla',
        { ...sla, p1: { ...sla.p1, assign: { amberMinutes: 5, redMinutes: 5 } } },
        { path: 'value.p1.assign.redMinutes', message: 'min_over_max' },
      ],
      [
        'an SLA amber after its red',
        'dispatch.sla',
        { ...sla, p3: { ...sla.p3, arrive: { amberMinutes: 61, redMinutes: 60 } } },
        { path: 'value.p3.arrive.redMinutes', message: 'min_over_max' },
      ],
      [
        'an SLA of 0 minutes',
        'dispatch.sla',
        { ...sla, p2: { ...sla.p2, assign: { amberMinutes: 0, redMinutes: 10 } } },
        { path: 'value.p2.assign.amberMinutes', message: 'out_of_range' },
      ],
      ['an SLA without priority 4', 'dispatch.sla', without(sla, 'p4'), { path: 'value.p4', message: anyMessage }],
      [
        'amber freshness at the lost threshold',
        'live.freshness',
        { amberAfterSeconds: 120, lostAfterSeconds: 120 },
        { path: 'value.lostAfterSeconds', message: 'min_over_max' },
      ],
      [
        'amber freshness after the lost threshold',
        'live.freshness',
        { amberAfterSeconds: 600, lostAfterSeconds: 120 },
        { path: 'value.lostAfterSeconds', message: 'min_over_max' },
      ],
      [
        'a duplicate radius of 0 m',
        'dispatch.duplicates',
        { radiusM: 0, windowMinutes: 120 },
        { path: 'value.radiusM', message: 'out_of_range' },
      ],
      [
        'a duplicate radius of 10 km',
        'dispatch.duplicates',
        { radiusM: 10_000, windowMinutes: 120 },
        { path: 'value.radiusM', message: 'out_of_range' },
      ],
      [
        'a road factor under 1 (shorter than a straight line)',
        'dispatch.recommend',
        { ...recommend, roadFactor: { vehicle: 1.3, foot: 0.8 } },
        { path: 'value.roadFactor.foot', message: 'out_of_range' },
      ],
      [
        'a speed of 0 km/h',
        'dispatch.recommend',
        { ...recommend, speedKmh: { vehicle: 0, foot: 4.5 } },
        { path: 'value.speedKmh.vehicle', message: 'out_of_range' },
      ],
      ['a check-in every 0 minutes', 'dispatch.checkInMinutes', 0, { path: 'value', message: 'out_of_range' }],
      [
        'a negative clock tolerance',
        'field.clockTolerance',
        { aheadSeconds: -1, behindSeconds: 60 },
        { path: 'value.aheadSeconds', message: 'out_of_range' },
      ],
    ])('refuses %s', (_, key, value, expected) => {
      expect(problem({ key, value, effectiveFrom: '2026-02-01' })).toEqual(expected);
    });
  });

  it('parses to a typed entry', () => {
    const entry: SettingEntry = SettingEntrySchema.parse({ key: 'vacantLot.noticeDeadlineDays', value: 5, effectiveFrom: '2026-02-01' });
    expect(entry.value).toBe(5);
  });

  it('refuses an entry that would take effect before today', () => {
    const schema = newSettingEntrySchema(cordobaInstant(2026, 2, 1, 9));
    expect(problem({ key: 'noise.venuePeakDb', value: 90, effectiveFrom: '2026-01-31' }, schema)).toEqual({
      path: 'effectiveFrom',
      message: 'retroactive',
    });
    expect(problem({ key: 'noise.venuePeakDb', value: 90, effectiveFrom: '2026-02-01' }, schema)).toBeNull();
  });
});
