import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../../shared/settings/defaults.ts';
import { cordobaInstant } from '../../../../shared/time/cordoba.ts';
import {
  cpcChoices,
  defaultFilterForm,
  insightsFilterOf,
  lastFullMonth,
  lastTwelveMonths,
  type DashboardFilterForm,
} from './dashboard-filter.ts';

describe('lastTwelveMonths', () => {
  it.each<[string, number, string, string]>([
    ['any day of March', cordobaInstant(2026, 3, 17, 12), '2025-03-01', '2026-02-28'],
    ['the first minute of a month', cordobaInstant(2026, 3, 1, 0, 0), '2025-03-01', '2026-02-28'],
    ['the last minute of a month', cordobaInstant(2026, 2, 28, 23, 59), '2025-02-01', '2026-01-31'],
    ['January: the whole previous year', cordobaInstant(2026, 1, 5, 9), '2025-01-01', '2025-12-31'],
    ['a leap February ends on the 29th', cordobaInstant(2024, 3, 10, 9), '2023-03-01', '2024-02-29'],
  ])('%s', (_case, now, from, to) => {
    expect(lastTwelveMonths(now)).toEqual({ from, to });
  });

  it('is the Córdoba month, not the UTC one: 1 March 01:00 UTC is still 28 February in Córdoba', () => {
    const now = Date.UTC(2026, 2, 1, 1, 0);
    expect(lastTwelveMonths(now)).toEqual({ from: '2025-02-01', to: '2026-01-31' });
    expect(lastFullMonth(now)).toBe('2026-01');
  });

  it('the monthly report starts on the range’s last month', () => {
    expect(lastFullMonth(cordobaInstant(2026, 3, 17, 12))).toBe('2026-02');
    expect(lastFullMonth(cordobaInstant(2026, 1, 2, 12))).toBe('2025-12');
  });
});

describe('insightsFilterOf', () => {
  const form = (change: Partial<DashboardFilterForm>): DashboardFilterForm => ({
    ...defaultFilterForm(cordobaInstant(2026, 3, 17)),
    ...change,
  });

  it('leaves empty choices out (all), and keeps the chosen ones', () => {
    expect(insightsFilterOf(form({}))).toEqual({ ok: true, filter: { from: '2025-03-01', to: '2026-02-28' } });
    expect(insightsFilterOf(form({ barrios: ['Alberdi'], channels: ['whatsapp'], categories: ['vacant_lot'] }))).toEqual({
      ok: true,
      filter: { from: '2025-03-01', to: '2026-02-28', barrios: ['Alberdi'], channels: ['whatsapp'], categories: ['vacant_lot'] },
    });
  });

  it.each<[string, Partial<DashboardFilterForm>, string]>([
    ['a date being typed', { from: '' }, 'invalidDate'],
    ['an impossible date', { to: '2026-02-30' }, 'invalidDate'],
    ['the end before the start', { from: '2026-03-01', to: '2026-02-28' }, 'endBeforeStart'],
    ['more than ten years', { from: '2010-01-01', to: '2026-02-28' }, 'tooLong'],
  ])('%s is a problem in words, not a query', (_case, change, problem) => {
    expect(insightsFilterOf(form(change))).toEqual({ ok: false, problem });
  });

  it('a one-day period is a period', () => {
    expect(insightsFilterOf(form({ from: '2026-02-28', to: '2026-02-28' }))).toMatchObject({ ok: true });
  });
});

describe('cpcChoices', () => {
  it('lists each district centre of the settings in force once, sorted', () => {
    const cpcs = cpcChoices(DEFAULT_SETTINGS, cordobaInstant(2026, 3, 17));
    expect(cpcs.length).toBeGreaterThan(1);
    expect(new Set(cpcs).size).toBe(cpcs.length);
    expect([...cpcs].sort((a, b) => a.localeCompare(b, 'es'))).toEqual(cpcs);
  });

  it('is empty when no table is in force', () => {
    expect(cpcChoices([], Date.now())).toEqual([]);
  });
});
