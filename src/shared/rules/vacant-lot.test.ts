import { describe, expect, it } from 'vitest';
import { settingsAt } from '../settings/dated.ts';
import { DEFAULT_SETTINGS } from '../settings/defaults.ts';
import { cordobaInstant } from '../time/cordoba.ts';
import {
  art208FineRange,
  VACANT_LOT_SETTING_KEYS,
  vacantLotNotice,
  vacantLotOutcome,
  VacantLotInspectionSchema,
  VacantLotReinspectionSchema,
  type VacantLotRules,
} from './vacant-lot.ts';

const notifiedAt = cordobaInstant(2025, 9, 1, 10, 15); // Monday
const rules = ((): VacantLotRules => {
  const r = settingsAt(DEFAULT_SETTINGS, VACANT_LOT_SETTING_KEYS, notifiedAt);
  if (!r.ok) throw new Error('missing settings');
  return r.values;
})();

describe('vacant-lot notice', () => {
  it('gives 3 days after the notification day, to the end of the third', () => {
    expect(vacantLotNotice(notifiedAt, rules)).toEqual({ notifiedAt, lastDay: '2025-09-04', dueBy: cordobaInstant(2025, 9, 5) });
  });

  it('counts Córdoba days: 23:30 local is still that day', () => {
    expect(vacantLotNotice(cordobaInstant(2025, 12, 30, 23, 30), rules).lastDay).toBe('2026-01-02');
  });

  it('uses the deadline in force', () => {
    expect(vacantLotNotice(notifiedAt, { 'vacantLot.noticeDeadlineDays': 5 }).lastDay).toBe('2025-09-06');
  });
});

describe('vacant-lot re-inspection outcome', () => {
  const notice = vacantLotNotice(notifiedAt, rules);
  const lastMinute = cordobaInstant(2025, 9, 4, 23, 59);
  const afterDeadline = cordobaInstant(2025, 9, 5, 0, 0);
  const re = (outcome: string, reinspectedAt: number, extra: Record<string, unknown> = {}) =>
    VacantLotReinspectionSchema.parse({ outcome, reinspectedAt, photos: [], ...extra });

  it.each([
    ['repaired_by_owner', lastMinute, 'voluntary_compliance', [], 'no_finding'],
    ['repaired_by_owner', afterDeadline, 'voluntary_compliance', ['repaired_after_deadline'], 'no_finding'],
    ['repaired_by_city', lastMinute, 'premature', ['deadline_not_reached'], null],
    ['repaired_by_city', afterDeadline, 'city_repair', [], 'acta'],
    ['not_complied', lastMinute, 'premature', ['deadline_not_reached'], null],
    ['not_complied', afterDeadline, 'not_complied', [], 'acta'],
  ] as const)('%s at %i → %s', (outcome, at, status, reasons, finding) => {
    expect(vacantLotOutcome(re(outcome, at), notice, 500, rules)).toMatchObject({ status, reasons, finding });
  });

  it.each([
    [500, { min: 50, max: 200 }],
    [3000, { min: 50, max: 200 }],
    [3000.5, { min: 200, max: 2000 }],
  ])('a city repair on %f m² carries Art. 208 range %o and the cleaning charge', (surface, range) => {
    expect(art208FineRange(surface, rules)).toEqual(range);
    expect(vacantLotOutcome(re('repaired_by_city', afterDeadline), notice, surface, rules)).toMatchObject({
      fineRangeUem: range,
      cleaningCharged: true,
    });
  });

  it.each([
    ['before the deadline: from the old last day', cordobaInstant(2025, 9, 3, 9), '2025-09-11'],
    ['after it: from the re-inspection day', cordobaInstant(2025, 9, 8, 9), '2025-09-15'],
  ])('an extension of 7 days %s', (_name, at, lastDay) => {
    const o = vacantLotOutcome(re('extension', at, { extensionDays: 7 }), notice, 500, rules);
    expect(o).toMatchObject({ status: 'extended', finding: 'notice', extendedNotice: { lastDay } });
  });

  it.each<[string, Record<string, unknown>, string]>([
    [
      'an extension without days',
      { outcome: 'extension', reinspectedAt: afterDeadline, photos: [] },
      expect.any(String) as unknown as string,
    ],
    ['a year-long extension', { outcome: 'extension', reinspectedAt: afterDeadline, extensionDays: 365, photos: [] }, 'out_of_range'],
    ['the year 3000', { outcome: 'repaired_by_owner', reinspectedAt: Date.UTC(3000, 0, 1), photos: [] }, 'date_out_of_range'],
  ])('refuses %s', (_name, input, message) => {
    expect(VacantLotReinspectionSchema.safeParse(input).error?.issues[0]?.message).toEqual(message);
  });
});

describe('vacant-lot inspection record', () => {
  const input = {
    inspectedAt: notifiedAt,
    kind: 'vacant_lot',
    origin: 'complaint',
    cadastralId: '04-05-012-003',
    owner: { kind: 'person', dni: '20.111.222', fullName: 'Juana Pérez' },
    surfaceM2: 420,
    riskGrade: 'high',
    photos: [{ kind: 'photo', ref: 'ev/2025/09/01/abc.jpg' }],
  };
  it.each<[string, Record<string, unknown>, string | null]>([
    ['a valid inspection', {}, null],
    ['an unknown owner', { owner: null }, null],
    ['a vehicle as owner', { owner: { kind: 'vehicle', plate: 'ABC123' } }, 'invalid'],
    ['a negative surface', { surfaceM2: -5 }, 'out_of_range'],
    ['a strange cadastral id', { cadastralId: '<script>' }, 'invalid_cadastral_id'],
    ['an unknown risk grade', { riskGrade: 'extreme' }, expect.any(String) as unknown as string],
    ['51 photos', { photos: Array(51).fill({ kind: 'photo', ref: 'x' }) }, 'too_many'],
  ])('%s', (_name, change, message) => {
    const r = VacantLotInspectionSchema.safeParse({ ...input, ...change });
    expect(r.success ? null : r.error.issues[0]?.message).toEqual(message);
  });
});
