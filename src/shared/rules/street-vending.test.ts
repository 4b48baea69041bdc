import { describe, expect, it } from 'vitest';
import { cordobaInstant } from '../time/cordoba.ts';
import { streetVendingVerdict, StreetVendingResultSchema, type StreetVendingResult } from './street-vending.ts';

const rules = { 'vending.maxAbsencesPerYear': 6 };
const input = {
  observedAt: cordobaInstant(2025, 9, 4, 11),
  place: { kind: 'fair', fairName: 'Feria del Paseo de las Artes' },
  vendorDni: '28.456.789',
  permit: 'valid',
  absencesThisYear: 2,
  goods: 'artesanías en cuero',
  seizure: [],
  actions: [],
};
const vending = (change: Record<string, unknown>): StreetVendingResult => StreetVendingResultSchema.parse({ ...input, ...change });
const item = (receiptNumber: string, quantity = 1) => ({ item: 'medias', quantity, condition: 'good', receiptNumber });

describe('street-vending verdict', () => {
  it.each<[string, Record<string, unknown>, string[]]>([
    ['a valid permit at the fair', {}, []],
    ['no permit', { permit: 'none' }, ['no_permit']],
    ['an expired permit', { permit: 'expired' }, ['permit_expired']],
    ['someone other than the holder', { permit: 'not_holder' }, ['not_permit_holder']],
    ['6 absences (the maximum)', { absencesThisYear: 6 }, []],
    ['7 absences', { absencesThisYear: 7 }, ['too_many_absences']],
    [
      'on the public road, even with a fair permit',
      { place: { kind: 'public_road', address: '27 de Abril 200' } },
      ['vending_on_public_road'],
    ],
    [
      'on the public road, unidentified',
      { place: { kind: 'public_road', address: 'San Martín 100' }, vendorDni: null, permit: 'none', absencesThisYear: null },
      ['vending_on_public_road'],
    ],
  ])('%s', (_name, change, reasons) => {
    const v = streetVendingVerdict(vending(change), rules);
    expect(v.reasons).toEqual(reasons);
    expect(v.status).toBe(reasons.length ? 'non_compliant' : 'compliant');
  });

  it('totals the seizure and lists each receipt once', () => {
    const v = streetVendingVerdict(
      vending({ actions: ['seizure', 'acta'], seizure: [item('R-0012', 30), item('R-0012', 5), item('R-0013', 2)] }),
      rules,
    );
    expect(v).toMatchObject({ seizedUnits: 37, receiptNumbers: ['R-0012', 'R-0013'] });
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['a seized item without receipt', { actions: ['seizure'], seizure: [item('  ')] }, 'receipt_required'],
    ['a seizure without inventory', { actions: ['seizure'] }, 'seizure_inventory_required'],
    ['an inventory without the seizure action', { seizure: [item('R-1')] }, 'seizure_action_required'],
    ['zero units', { actions: ['seizure'], seizure: [item('R-1', 0)] }, 'out_of_range'],
    ['an endless inventory', { actions: ['seizure'], seizure: Array(201).fill(item('R-1')) }, 'too_many'],
    ['a bad DNI', { vendorDni: '12' }, 'invalid_dni'],
    ['400 absences', { absencesThisYear: 400 }, 'out_of_range'],
  ])('refuses %s', (_name, change, message) => {
    expect(StreetVendingResultSchema.safeParse({ ...input, ...change }).error?.issues[0]?.message).toBe(message);
  });
});
