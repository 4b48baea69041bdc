import { describe, expect, it } from 'vitest';
import { cordobaInstant } from '../time/cordoba.ts';
import { publicEventVerdict, PublicEventResultSchema, type PublicEventResult } from './public-event.ts';

const rules = { 'noise.venuePeakDb': 95 };
const allOk = { exits_clear: 'ok', emergency_lighting: 'ok', fire_extinguishers: 'ok', evacuation_signage: 'ok', first_aid: 'ok' };
const input = {
  observedAt: cordobaInstant(2025, 9, 6, 1, 30),
  venueName: 'Club Atlético',
  organiser: 'Producciones X',
  licence: 'valid',
  massEvent: true,
  declaredCapacity: 1000,
  countedAttendance: 1000,
  safetyChecks: allOk,
  minorsPresent: false,
  minorsAdmitted: false,
  noisePeaksDb: [92, 95],
  actions: [],
};
const event = (change: Record<string, unknown>): PublicEventResult => PublicEventResultSchema.parse({ ...input, ...change });

describe('public-event verdict', () => {
  it.each<[string, Record<string, unknown>, string[], string[]]>([
    ['all in order, exactly at capacity and at the peak cap', {}, [], []],
    ['one over capacity', { countedAttendance: 1001 }, ['over_capacity'], []],
    [
      'a mass event without licence (Art. 92 bis)',
      { licence: 'none' },
      ['unlicensed'],
      ['acta', 'preventive_closure', 'sound_equipment_seizure'],
    ],
    [
      'an expired licence at a mass event',
      { licence: 'expired' },
      ['unlicensed'],
      ['acta', 'preventive_closure', 'sound_equipment_seizure'],
    ],
    ['a licence in process, small event', { licence: 'in_process', massEvent: false }, ['unlicensed'], []],
    ['blocked exits', { safetyChecks: { ...allOk, exits_clear: 'failed', first_aid: 'not_checked' } }, ['safety_check_failed'], []],
    ['minors where not admitted', { minorsPresent: true }, ['minors_not_admitted'], []],
    ['minors where admitted', { minorsPresent: true, minorsAdmitted: true }, [], []],
    ['a peak over 95', { noisePeaksDb: [90, 95.1] }, ['over_venue_peak'], []],
  ])('%s', (_name, change, reasons, measures) => {
    const v = publicEventVerdict(event(change), rules);
    expect(v.reasons).toEqual(reasons);
    expect(v.status).toBe(reasons.length ? 'non_compliant' : 'compliant');
    expect(v.requiredMeasures).toEqual(measures);
  });

  it('lists failed checks and occupancy', () => {
    const v = publicEventVerdict(event({ countedAttendance: 1250, safetyChecks: { ...allOk, emergency_lighting: 'failed' } }), rules);
    expect(v).toMatchObject({ occupancyPct: 125, failedChecks: ['emergency_lighting'] });
    expect(publicEventVerdict(event({ declaredCapacity: 0, countedAttendance: 0 }), rules).occupancyPct).toBeNull();
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['a missing safety check', { safetyChecks: { exits_clear: 'ok' } }, expect.any(String) as unknown as string],
    ['an unknown safety check', { safetyChecks: { ...allOk, bouncers: 'ok' } }, expect.any(String) as unknown as string],
    ['negative attendance', { countedAttendance: -1 }, 'out_of_range'],
    ['a fractional person', { countedAttendance: 10.5 }, 'not_integer'],
    ['ten million people', { declaredCapacity: 10_000_000 }, 'out_of_range'],
    ['negative decibels', { noisePeaksDb: [-1] }, 'out_of_range'],
    ['a thousand readings', { noisePeaksDb: Array(1000).fill(90) }, 'too_many'],
  ])('refuses %s', (_name, change, message) => {
    expect(PublicEventResultSchema.safeParse({ ...input, ...change }).error?.issues[0]?.message).toEqual(message);
  });
});
