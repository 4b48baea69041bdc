import { describe, expect, it } from 'vitest';
import { addDaysIso, addMonthsIso, IsoDateSchema } from './iso-date.ts';

describe('ISO dates', () => {
  it.each([
    ['2016-04-01', null],
    ['2024-02-29', null],
    ['2026-02-29', 'invalid_date'],
    ['2026-13-01', 'invalid_date'],
    ['01/04/2016', 'invalid_date'],
    ['3000-01-01', 'date_out_of_range'],
    ['1999-12-31', 'date_out_of_range'],
  ])('%j → %s', (text, problem) => {
    const r = IsoDateSchema.safeParse(text);
    expect(r.success ? null : r.error.issues[0]?.message).toBe(problem);
  });

  it.each([
    ['2025-03-10', 12, '2026-03-10'],
    ['2024-02-29', 12, '2025-02-28'],
    ['2025-01-31', 1, '2025-02-28'],
    ['2025-11-15', 3, '2026-02-15'],
    ['2025-03-10', -12, '2024-03-10'],
  ])('%s + %i months = %s', (from, months, to) => {
    expect(addMonthsIso(from, months)).toBe(to);
  });

  it.each([
    ['2025-03-10', 3, '2025-03-13'],
    ['2025-12-30', 3, '2026-01-02'],
    ['2024-02-28', 1, '2024-02-29'],
  ])('%s + %i days = %s', (from, days, to) => {
    expect(addDaysIso(from, days)).toBe(to);
  });
});
