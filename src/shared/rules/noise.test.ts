import { describe, expect, it } from 'vitest';
import { settingsAt } from '../settings/dated.ts';
import { DEFAULT_SETTINGS } from '../settings/defaults.ts';
import { cordobaInstant } from '../time/cordoba.ts';
import { NOISE_SETTING_KEYS, noiseVerdict, NoiseResultSchema, type NoiseResult, type NoiseRules } from './noise.ts';

// 2025-09-01 is a Monday.
const wed = (h: number, m = 0) => cordobaInstant(2025, 9, 3, h, m);
const sat = (h: number, m = 0) => cordobaInstant(2025, 9, 6, h, m);
const sun = (h: number, m = 0) => cordobaInstant(2025, 9, 7, h, m);

const rulesAt = (instant: number): NoiseRules => {
  const r = settingsAt(DEFAULT_SETTINGS, NOISE_SETTING_KEYS, instant);
  if (!r.ok) throw new Error(`missing ${r.missing.join()}`);
  return r.values;
};

const result = (source: NoiseResult['source'], measuredAt: number, meterCalibratedOn = '2025-06-01'): NoiseResult =>
  NoiseResultSchema.parse({ meterId: 'SLM-07', meterCalibratedOn, measuredAt, source, actions: [] });

describe('noise verdict: ambient, margin over background by zone and period', () => {
  it.each([
    // zone, background, measured, at, period, status
    ['residential', 45, 52, wed(21, 59), 'day', 'compliant'], // exactly +7 by day
    ['residential', 45, 52.1, wed(21, 59), 'day', 'non_compliant'],
    ['residential', 45, 52, wed(22, 0), 'night', 'non_compliant'], // same reading, night: +5
    ['residential', 45, 50, wed(22, 0), 'night', 'compliant'],
    ['residential', 45, 50, wed(6, 59), 'night', 'compliant'],
    ['residential', 45, 52, wed(7, 0), 'day', 'compliant'],
    ['hospital', 40, 45, wed(12), 'day', 'compliant'],
    ['hospital', 40, 45.1, wed(12), 'day', 'non_compliant'],
    ['hospital', 40, 43.1, wed(23), 'night', 'non_compliant'],
    ['mixed', 50, 59, wed(12), 'day', 'compliant'],
    ['mixed', 50, 57.1, wed(2), 'night', 'non_compliant'],
    ['industrial', 60, 72, wed(12), 'day', 'compliant'],
    ['industrial', 60, 70.1, wed(3), 'night', 'non_compliant'],
    ['residential', 45.3, 52.3, wed(12), 'day', 'compliant'], // float noise: 52.3 − 45.3 is exactly the margin
    ['residential', 60, 40, wed(12), 'day', 'compliant'], // below background
  ] as const)('%s, background %f, measured %f → %s period, %s', (zone, backgroundDb, measuredDb, at, period, status) => {
    const v = noiseVerdict(result({ kind: 'ambient', zone, backgroundDb, measuredDb }, at), rulesAt(at));
    expect(v.period).toBe(period);
    expect(v.status).toBe(status);
    expect(v.reasons).toEqual(status === 'compliant' ? [] : ['over_background_margin']);
  });

  it('reports the limit and the excess in tenths', () => {
    const v = noiseVerdict(
      result({ kind: 'ambient', zone: 'residential', backgroundDb: 45.2, measuredDb: 55.5 }, wed(23)),
      rulesAt(wed(23)),
    );
    expect(v).toMatchObject({ limitDb: 50.2, excessDb: 5.3 });
  });

  it('follows the settings in force: a later day period moves the edge', () => {
    const rules = { ...rulesAt(wed(12)), 'noise.dayPeriod': { start: '08:00', end: '21:00' } };
    const v = noiseVerdict(result({ kind: 'ambient', zone: 'residential', backgroundDb: 45, measuredDb: 52 }, wed(21, 30)), rules);
    expect(v).toMatchObject({ period: 'night', status: 'non_compliant' });
  });
});

describe('noise verdict: building sites and road works', () => {
  it.each([
    ['construction_site', 80, wed(12), 'compliant', []],
    ['construction_site', 80.1, wed(12), 'non_compliant', ['over_site_limit']],
    ['construction_site', 70, wed(7, 59), 'non_compliant', ['outside_working_hours']],
    ['construction_site', 70, wed(8, 0), 'compliant', []],
    ['construction_site', 70, wed(22, 59), 'compliant', []],
    ['construction_site', 70, wed(23, 0), 'non_compliant', ['outside_working_hours']],
    ['construction_site', 70, sat(12, 59), 'compliant', []],
    ['construction_site', 70, sat(13, 0), 'non_compliant', ['outside_working_hours']],
    ['construction_site', 90, sun(10), 'non_compliant', ['outside_working_hours', 'over_site_limit']],
    ['road_works', 85, wed(21, 59), 'compliant', []],
    ['road_works', 85.1, wed(12), 'non_compliant', ['over_site_limit']],
    ['road_works', 70, wed(22, 0), 'non_compliant', ['outside_working_hours']],
    ['road_works', 70, sat(13, 0), 'non_compliant', ['outside_working_hours']],
    ['road_works', 70, sun(9), 'non_compliant', ['outside_working_hours']],
  ] as const)('%s at %f dB(A), %i → %s %j', (kind, measuredDb, at, status, reasons) => {
    const v = noiseVerdict(result({ kind, measuredDb }, at), rulesAt(at));
    expect(v.status).toBe(status);
    expect(v.reasons).toEqual(reasons);
  });

  it.each([
    [40, 49, 'compliant'],
    [40, 49.1, 'non_compliant'],
  ] as const)('inside a neighbouring home: background %f, measured %f → %s', (backgroundDb, measuredDb, status) => {
    const v = noiseVerdict(result({ kind: 'construction_inside_home', backgroundDb, measuredDb }, wed(10)), rulesAt(wed(10)));
    expect(v.status).toBe(status);
  });
});

describe('noise verdict: venues and the meter', () => {
  it.each([
    [95, 'compliant'],
    [95.1, 'non_compliant'],
  ] as const)('venue peak %f → %s', (peakDb, status) => {
    expect(noiseVerdict(result({ kind: 'venue', peakDb }, sat(2)), rulesAt(sat(2))).status).toBe(status);
  });

  it.each([
    ['2024-09-03', 'non_compliant', ['over_venue_peak']], // exactly 12 months
    ['2024-09-02', 'void', ['meter_calibration_expired']], // 12 months + 1 day
  ] as const)('a meter calibrated on %s → %s', (calibratedOn, status, reasons) => {
    const v = noiseVerdict(result({ kind: 'venue', peakDb: 100 }, wed(12), calibratedOn), rulesAt(wed(12)));
    expect(v.status).toBe(status);
    expect(v.reasons).toEqual(reasons);
  });

  it('keeps an hours finding even when the meter is out of calibration', () => {
    const v = noiseVerdict(result({ kind: 'construction_site', measuredDb: 90 }, sun(10), '2020-01-01'), rulesAt(sun(10)));
    expect(v).toMatchObject({ status: 'non_compliant', reasons: ['outside_working_hours', 'meter_calibration_expired'] });
  });
});

describe('noise result: hostile input is refused', () => {
  const base = {
    meterId: 'SLM-07',
    meterCalibratedOn: '2025-06-01',
    measuredAt: wed(12),
    source: { kind: 'venue', peakDb: 90 },
    actions: [],
  };
  it.each<[string, Record<string, unknown>, string]>([
    ['negative decibels', { source: { kind: 'venue', peakDb: -3 } }, 'out_of_range'],
    ['200 dB', { source: { kind: 'ambient', zone: 'mixed', backgroundDb: 40, measuredDb: 200 } }, 'out_of_range'],
    ['NaN', { source: { kind: 'venue', peakDb: Number.NaN } }, expect.any(String) as unknown as string],
    ['the year 3000', { measuredAt: Date.UTC(3000, 0, 1) }, 'date_out_of_range'],
    ['a 10 MB comment', { comment: 'x'.repeat(10 * 1024 * 1024) }, 'too_long'],
    ['calibrated after the measurement', { meterCalibratedOn: '2025-09-04' }, 'calibrated_after_measurement'],
    [
      'an unknown zone',
      { source: { kind: 'ambient', zone: 'rural', backgroundDb: 40, measuredDb: 50 } },
      expect.any(String) as unknown as string,
    ],
    ['an action twice', { actions: ['acta', 'acta'] }, 'duplicate'],
    ['an extra field', { verdict: 'compliant' }, expect.any(String) as unknown as string],
  ])('%s', (_name, change, message) => {
    const r = NoiseResultSchema.safeParse({ ...base, ...change });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toEqual(message);
  });
});
