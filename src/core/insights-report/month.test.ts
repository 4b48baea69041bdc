import { describe, expect, it } from 'vitest';
import { addMonths, monthsRange, reportMonths } from './month.ts';

describe('the months of a report', () => {
  it.each([
    ['2026-03', -1, '2026-02'],
    ['2026-01', -1, '2025-12'],
    ['2026-03', -12, '2025-03'],
    ['2026-03', -11, '2025-04'],
    ['2025-12', 1, '2026-01'],
  ])('%s %+d months is %s', (month, months, expected) => {
    expect(addMonths(month, months)).toBe(expected);
  });

  it.each([
    ['2026-02', '2026-02', { from: '2026-02-01', to: '2026-02-28' }],
    ['2024-02', '2024-02', { from: '2024-02-01', to: '2024-02-29' }],
    ['2025-04', '2026-03', { from: '2025-04-01', to: '2026-03-31' }],
    ['1999-05', '2000-04', { from: '2000-01-01', to: '2000-04-30' }], // cut to the records' years
    ['1999-01', '1999-01', null],
    ['2100-12', '2100-12', { from: '2100-12-01', to: '2100-12-31' }],
    ['2101-01', '2101-01', null],
  ])('%s to %s: %j', (first, last, expected) => {
    expect(monthsRange(first, last)).toEqual(expected);
  });

  it('gives the month, the month before, a year before and the twelve months up to it', () => {
    expect(reportMonths('2026-03')).toEqual({
      month: { from: '2026-03-01', to: '2026-03-31' },
      previousMonth: { from: '2026-02-01', to: '2026-02-28' },
      previousYear: { from: '2025-03-01', to: '2025-03-31' },
      trend: { from: '2025-04-01', to: '2026-03-31' },
    });
    expect(reportMonths('2000-01')).toMatchObject({
      previousMonth: null,
      previousYear: null,
      trend: { from: '2000-01-01', to: '2000-01-31' },
    });
  });
});
