// Terms across weekends, national holidays and a change of the deadline setting (docs/DOMAIN.md, Court procedure).
import { describe, expect, it } from 'vitest';
import { settingAt, type SettingEntry } from '../settings/dated.ts';
import { DEFAULT_SETTINGS } from '../settings/defaults.ts';
import { cordobaInstant } from '../time/cordoba.ts';
import { addBusinessDays, businessDaysBetween, isBusinessDay } from './business-days.ts';
import { defenceDeadline, termLeft } from './deadlines.ts';

const holidays = new Set(settingAt(DEFAULT_SETTINGS, 'calendar.holidays', cordobaInstant(2026, 12, 1))!);
const FIVE_BUSINESS = { days: 5, businessDays: true };

describe('business days', () => {
  it.each([
    ['2026-12-04', true], // Friday
    ['2026-12-05', false], // Saturday
    ['2026-12-06', false], // Sunday
    ['2026-12-08', false], // Tuesday, Inmaculada Concepción
    ['2026-12-25', false], // Friday, Navidad
    ['2026-11-23', false], // Monday: Soberanía Nacional moved from Friday the 20th
    ['2026-11-20', true], // …so the Friday itself is worked
  ])('%s is a business day: %s', (date, expected) => expect(isBusinessDay(date, holidays)).toBe(expected));

  it.each([
    ['2026-12-02', 0, '2026-12-02'],
    ['2026-12-02', 1, '2026-12-03'],
    ['2026-12-04', 1, '2026-12-07'], // Friday → Monday
    ['2026-12-04', 2, '2026-12-09'], // Monday, then Tuesday the 8th is a holiday
    ['2026-12-22', 5, '2026-12-30'], // across Christmas and a weekend
    ['2026-11-19', 3, '2026-11-25'], // Thursday; Friday counts, the moved Monday does not
  ])('%s + %i business days = %s', (from, count, expected) => expect(addBusinessDays(from, count, holidays)).toBe(expected));

  it('counts the business days after a day up to another, both ways of the year end', () => {
    expect(businessDaysBetween('2026-12-04', '2026-12-11', holidays)).toBe(4); // 7, 9, 10, 11
    expect(businessDaysBetween('2026-12-11', '2026-12-04', holidays)).toBe(0);
    expect(businessDaysBetween('2026-12-31', '2027-01-04', holidays)).toBe(1); // Jan 1 is a holiday, 2–3 a weekend
  });
});

describe('the defence deadline', () => {
  it.each([
    ['2026-12-03', FIVE_BUSINESS, '2026-12-11'], // Thu: 4, 7, 9, 10, 11 (8th a holiday)
    ['2026-12-18', FIVE_BUSINESS, '2026-12-28'], // Fri: 21, 22, 23, 24, 28 (25th a holiday)
    ['2026-12-03', { days: 3, businessDays: true }, '2026-12-09'], // camera fines, 3 business days
    ['2026-12-03', { days: 5, businessDays: false }, '2026-12-08'], // calendar days: holidays count
  ])('notified %s with %j: last day %s', (notified, term, expected) => expect(defenceDeadline(notified, term, holidays)).toBe(expected));

  it('follows a change of the deadline setting: the term in force at notification applies', () => {
    const changed: SettingEntry[] = [
      ...DEFAULT_SETTINGS,
      {
        key: 'court.defenceDeadlines',
        effectiveFrom: '2026-12-10',
        value: {
          ...settingAt(DEFAULT_SETTINGS, 'court.defenceDeadlines', cordobaInstant(2026, 12, 1))!,
          alcohol: { days: 10, businessDays: true },
        },
      },
    ];
    const termOn = (y: number, m: number, d: number) => settingAt(changed, 'court.defenceDeadlines', cordobaInstant(y, m, d))!.alcohol;
    expect(defenceDeadline('2026-12-09', termOn(2026, 12, 9), holidays)).toBe('2026-12-16');
    expect(defenceDeadline('2026-12-10', termOn(2026, 12, 10), holidays)).toBe('2026-12-24');
  });

  it.each([
    ['2026-12-04', { state: 'open', due: '2026-12-11', businessDaysLeft: 4 }],
    ['2026-12-10', { state: 'open', due: '2026-12-11', businessDaysLeft: 1 }],
    ['2026-12-11', { state: 'last_day', due: '2026-12-11' }],
    ['2026-12-12', { state: 'expired', due: '2026-12-11' }],
  ])('on %s the term ending 2026-12-11 is %j', (today, expected) => expect(termLeft('2026-12-11', today, holidays)).toEqual(expected));
});
