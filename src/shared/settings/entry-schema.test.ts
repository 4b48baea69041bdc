import { describe, expect, it } from 'vitest';
import { cordobaInstant } from '../time/cordoba.ts';
import type { SettingEntry } from './dated.ts';
import { newSettingEntrySchema, SettingEntrySchema } from './entry-schema.ts';

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
