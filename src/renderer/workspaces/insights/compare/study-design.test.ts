import { describe, expect, it } from 'vitest';
import { checkStudy, dayCount, lastMonth, periodBefore, studyFilters, studyProblems, type StudyValues } from './study-design.ts';

const labels = { a: 'Durante la campaña', b: 'Antes de la campaña' };
const TODAY = '2026-04-15';
const march: StudyValues = {
  indicator: 'alcohol_positivity',
  design: 'before_after',
  barrios: ['Nueva Córdoba', 'Centro'],
  from: '2026-03-01',
  to: '2026-03-31',
  others: [],
};

describe('periodBefore', () => {
  it.each([
    // A month of 31 days: the 31 days before it, across February's end.
    ['2026-03-01', '2026-03-31', '2026-01-29', '2026-02-28', 31],
    // One day: the day before.
    ['2026-03-10', '2026-03-10', '2026-03-09', '2026-03-09', 1],
    // A leap February (29 days) and across a year's turn.
    ['2024-02-01', '2024-02-29', '2024-01-03', '2024-01-31', 29],
    ['2026-01-01', '2026-01-14', '2025-12-18', '2025-12-31', 14],
    // Across Argentina's old DST change days nothing shifts: dates are calendar days, not instants.
    ['2008-10-19', '2008-10-25', '2008-10-12', '2008-10-18', 7],
  ])('%s … %s → %s … %s (%i days each)', (from, to, beforeFrom, beforeTo, days) => {
    const before = periodBefore(from, to);
    expect(before).toEqual({ from: beforeFrom, to: beforeTo });
    expect(dayCount(before.from, before.to)).toBe(days);
    expect(dayCount(from, to)).toBe(days);
    // No overlap, no gap: the before period ends the day before the campaign starts.
    expect(before.to < from).toBe(true);
    expect(periodBefore(before.to, before.to).to < before.to).toBe(true);
  });
});

describe('lastMonth', () => {
  it.each([
    ['2026-04-15', '2026-03-01', '2026-03-31'],
    ['2026-01-01', '2025-12-01', '2025-12-31'],
    ['2024-03-31', '2024-02-01', '2024-02-29'],
  ])('on %s the last whole month is %s … %s', (today, from, to) => {
    expect(lastMonth(today)).toEqual({ from, to });
  });
});

describe('studyFilters', () => {
  it('before/after: the same barrios over the campaign and over the period before it', () => {
    expect(studyFilters(march)).toEqual({
      a: { from: '2026-03-01', to: '2026-03-31', barrios: ['Nueva Córdoba', 'Centro'] },
      b: { from: '2026-01-29', to: '2026-02-28', barrios: ['Nueva Córdoba', 'Centro'] },
    });
  });

  it('zone against zone: the campaign barrios against the others over the same period', () => {
    expect(studyFilters({ ...march, design: 'zone_vs_zone', others: ['General Paz'] })).toEqual({
      a: { from: '2026-03-01', to: '2026-03-31', barrios: ['Nueva Córdoba', 'Centro'] },
      b: { from: '2026-03-01', to: '2026-03-31', barrios: ['General Paz'] },
    });
  });

  it('is null while a date is not a date', () => {
    expect(studyFilters({ ...march, to: '' })).toBeNull();
  });
});

describe('studyProblems', () => {
  it.each<[string, Partial<StudyValues>, ReturnType<typeof studyProblems>]>([
    ['a whole past month', {}, {}],
    ['no barrios', { barrios: [] }, { barrios: 'required' }],
    ['empty dates', { from: '', to: '' }, { from: 'required', to: 'required' }],
    ['a date that does not exist', { to: '2026-02-30' }, { to: 'invalid_date' }],
    ['an end before the start', { from: '2026-03-31', to: '2026-03-01' }, { to: 'end_before_start' }],
    ['a period not over yet', { to: '2026-04-16' }, { to: 'future_date' }],
    ['ending today', { to: TODAY }, {}],
    ['a before period starting before the records', { from: '2000-01-05', to: '2000-01-10' }, { from: 'too_early' }],
    ['zone: no other barrios', { design: 'zone_vs_zone' }, { others: 'required' }],
    ['zone: a barrio in both groups', { design: 'zone_vs_zone', others: ['General Paz', 'Centro'] }, { others: 'overlap' }],
    ['zone: from the first day of the records', { design: 'zone_vs_zone', others: ['General Paz'], from: '2000-01-01' }, {}],
  ])('%s', (_name, change, problems) => {
    expect(studyProblems({ ...march, ...change }, TODAY)).toEqual(problems);
  });
});

describe('checkStudy', () => {
  it('makes the contract’s input, labels included', () => {
    expect(checkStudy(march, TODAY, labels)).toEqual({
      ok: true,
      input: {
        indicator: 'alcohol_positivity',
        a: { label: 'Durante la campaña', filter: { from: '2026-03-01', to: '2026-03-31', barrios: ['Nueva Córdoba', 'Centro'] } },
        b: { label: 'Antes de la campaña', filter: { from: '2026-01-29', to: '2026-02-28', barrios: ['Nueva Córdoba', 'Centro'] } },
      },
    });
  });

  it('refuses what the form checks, sending nothing', () => {
    expect(checkStudy({ ...march, barrios: [] }, TODAY, labels)).toEqual({ ok: false, problems: { barrios: 'required' } });
  });

  it('says a period over the contract’s longest range on its end', () => {
    expect(checkStudy({ ...march, design: 'zone_vs_zone', others: ['General Paz'], from: '2010-01-01' }, TODAY, labels)).toEqual({
      ok: false,
      problems: { to: 'out_of_range' },
    });
  });
});
