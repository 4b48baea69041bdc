// UEM → pesos in cents, the voluntary-payment offer and its discount, with two dated UEM values.
import { describe, expect, it } from 'vitest';
import { settingAt, type SettingEntry } from '../settings/dated.ts';
import { DEFAULT_SETTINGS } from '../settings/defaults.ts';
import { cordobaInstant } from '../time/cordoba.ts';
import { discounted, uemToCents } from './amounts.ts';
import { voluntaryPayment, type VoluntaryPaymentInput } from './voluntary-payment.ts';

describe('amounts', () => {
  it.each([
    [200, 10_808, 216_160_000], // $ 2.161.600,00
    [50, 10_808, 54_040_000],
    [1, 10_808.55, 1_080_855],
    [3, 0.33, 99],
    [0, 10_808, 0],
  ])('%d UEM at $ %d = %d cents', (uem, value, cents) => expect(uemToCents(uem, value)).toBe(cents));

  it.each([
    [216_160_000, 40, 129_696_000],
    [99, 40, 59], // 59.4 → 59
    [101, 50, 51], // 50.5 → 51: half up
    [100, 0, 100],
    [100, 100, 0],
  ])('%d cents less %d %% = %d', (amount, pct, expected) => expect(discounted(amount, pct)).toBe(expected));

  it('refuses what is not money', () => {
    expect(() => uemToCents(-1, 10_808)).toThrow(RangeError);
    expect(() => uemToCents(1, 0)).toThrow(RangeError);
    expect(() => discounted(1.5, 10)).toThrow(RangeError);
    expect(() => discounted(100, 140)).toThrow(RangeError);
  });

  it('converts with the UEM value in force on the day that fixes the amount (a second dated value)', () => {
    const entries: SettingEntry[] = [...DEFAULT_SETTINGS, { key: 'court.uemValueArs', effectiveFrom: '2026-12-01', value: 12_500 }];
    const valueOn = (y: number, m: number, d: number) => settingAt(entries, 'court.uemValueArs', cordobaInstant(y, m, d, 10))!;
    expect(uemToCents(200, valueOn(2026, 11, 30))).toBe(216_160_000);
    expect(uemToCents(200, valueOn(2026, 12, 1))).toBe(250_000_000);
  });
});

describe('the voluntary payment', () => {
  const base: VoluntaryPaymentInput = {
    status: 'notified',
    due: '2026-12-11',
    today: '2026-12-04',
    fineUem: 200,
    uemValueArs: 10_808,
    discountPct: 40,
  };
  it.each<[Partial<VoluntaryPaymentInput>, ReturnType<typeof voluntaryPayment>]>([
    [{}, { offered: true, fullCents: 216_160_000, discountPct: 40, amountCents: 129_696_000 }],
    [{ today: '2026-12-11' }, { offered: true, fullCents: 216_160_000, discountPct: 40, amountCents: 129_696_000 }], // last day
    [{ today: '2026-12-12' }, { offered: false, reason: 'term_expired' }],
    [{ status: 'defence_filed' }, { offered: false, reason: 'defence_filed' }], // lost once a descargo is filed
    [{ status: 'term_expired' }, { offered: false, reason: 'term_expired' }],
    [
      { status: 'opened', due: null },
      { offered: false, reason: 'not_notified' },
    ],
    [{ status: 'incoming' }, { offered: false, reason: 'not_notified' }],
    [{ status: 'hearing_scheduled' }, { offered: false, reason: 'already_decided' }],
    [{ status: 'resolved' }, { offered: false, reason: 'already_decided' }],
    [{ discountPct: 0 }, { offered: true, fullCents: 216_160_000, discountPct: 0, amountCents: 216_160_000 }],
  ])('%j → %j', (change, expected) => expect(voluntaryPayment({ ...base, ...change })).toEqual(expected));
});
