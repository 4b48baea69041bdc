// The instruments' calibration states for the coordinator: never recorded, lapsed, due (lapsing within 30 days) or
// valid, the soonest first — by the validity the dated settings give now, as the roster's «fuera de calibración».
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../settings/defaults.ts';
import { settingOnDay } from '../settings/dated.ts';
import { cordobaInstant } from '../time/cordoba.ts';
import type { ResourceRecord } from '../records/resource.ts';
import { instrumentStates } from './instrument-states.ts';

const NOW = cordobaInstant(2026, 12, 10, 12);
const at = (y: number, m: number, d: number) => cordobaInstant(y, m, d, 9);

const RESOURCES: ResourceRecord[] = [
  { id: 'movil-01', kind: 'vehicle', label: 'Móvil 01', version: 1 },
  { id: 'alco-01', kind: 'breathalyser', label: 'Alcoholímetro 01', calibratedOn: at(2025, 12, 10), version: 1 }, // valid to the end of today
  { id: 'alco-02', kind: 'breathalyser', label: 'Alcoholímetro 02', calibratedOn: at(2025, 12, 9), version: 1 }, // lapsed at the end of yesterday
  { id: 'alco-03', kind: 'breathalyser', label: 'Alcoholímetro 03', calibratedOn: at(2026, 1, 9), version: 1 }, // to the end of 9/1/2027: day 30
  { id: 'alco-04', kind: 'breathalyser', label: 'Alcoholímetro 04', calibratedOn: at(2026, 1, 10), version: 1 }, // to the end of 10/1/2027: day 31
  { id: 'sono-01', kind: 'sound_meter', label: 'Sonómetro 01', version: 1 },
  { id: 'sono-02', kind: 'sound_meter', label: 'Sonómetro 02', calibratedOn: at(2026, 6, 1), version: 1 },
];

describe('instrument states', () => {
  const states = (days?: number) => instrumentStates(RESOURCES, DEFAULT_SETTINGS, NOW, days).map((d) => [d.instrument.id, d.state]);

  it('lists every instrument, never recorded and lapsed first, then by the end of its validity', () => {
    expect(settingOnDay(DEFAULT_SETTINGS, 'alcohol.deviceVerificationMonths', '2026-12-10')).toBe(12);
    expect(instrumentStates(RESOURCES, DEFAULT_SETTINGS, NOW).map((d) => [d.instrument.id, d.state, d.validUntil])).toEqual([
      ['sono-01', 'never', null],
      ['alco-02', 'lapsed', cordobaInstant(2026, 12, 10)],
      ['alco-01', 'due', cordobaInstant(2026, 12, 11)],
      ['alco-03', 'due', cordobaInstant(2027, 1, 10)],
      ['alco-04', 'valid', cordobaInstant(2027, 1, 11)],
      ['sono-02', 'valid', cordobaInstant(2027, 6, 2)],
    ]);
  });

  it.each([
    [0, ['due', 'valid', 'valid']],
    [31, ['due', 'due', 'due']],
  ])('within %i days, alco-01, -03 and -04 are %j', (days, expected) => {
    expect(['alco-01', 'alco-03', 'alco-04'].map((id) => states(days).find(([i]) => i === id)![1])).toEqual(expected);
  });

  it('is empty without a calibration rule in force', () => {
    expect(instrumentStates(RESOURCES, [], NOW)).toEqual([]);
  });
});
