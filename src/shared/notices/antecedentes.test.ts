import { describe, expect, it } from 'vitest';
import type { FindingOutcome } from '../rules/findings.ts';
import { cordobaInstant } from '../time/cordoba.ts';
import { antecedentesSuggestion, type AntecedentesSuggestion } from './antecedentes.ts';

const NOW = cordobaInstant(2026, 6, 15, 10, 0);
const RULES = { warningFollowUpMonths: 6, repeatWindowMonths: 12 };
const at = (year: number, month: number, day: number, hour = 12) => cordobaInstant(year, month, day, hour);

describe('antecedentesSuggestion', () => {
  it.each<[string, [number, FindingOutcome][], AntecedentesSuggestion]>([
    ['nothing before', [], 'first_time'],
    ['only findings without identity weight', [[at(2026, 6, 1), 'guidance']], 'first_time'],
    ['a warning last month', [[at(2026, 5, 10), 'warning']], 'warned'],
    ['a warning on the first day of the follow-up window', [[at(2025, 12, 15, 0), 'warning']], 'warned'],
    ['a warning the day before the window', [[at(2025, 12, 14, 23), 'warning']], 'first_time'],
    ['a notice this year', [[at(2026, 1, 20), 'notice']], 'repeat'],
    ['an acta on the first day of the repeat window', [[at(2025, 6, 15, 0), 'acta']], 'repeat'],
    ['an acta the day before the repeat window', [[at(2025, 6, 14, 23), 'acta']], 'first_time'],
    [
      'an old notice and a recent warning',
      [
        [at(2024, 3, 1), 'notice'],
        [at(2026, 6, 1), 'warning'],
      ],
      'warned',
    ],
    [
      'a recent warning and a notice in the window',
      [
        [at(2026, 6, 1), 'warning'],
        [at(2025, 9, 1), 'notice'],
      ],
      'repeat',
    ],
    ['a finding dated after now does not count', [[NOW + 3_600_000, 'acta']], 'first_time'],
  ])('%s → %s', (_label, findings, expected) => {
    expect(
      antecedentesSuggestion(
        findings.map(([when, outcome]) => ({ at: when, outcome })),
        RULES,
        NOW,
      ),
    ).toBe(expected);
  });

  it('follows the windows the rules give', () => {
    const warning = [{ at: at(2026, 3, 1), outcome: 'warning' as const }];
    expect(antecedentesSuggestion(warning, { ...RULES, warningFollowUpMonths: 3 }, NOW)).toBe('first_time');
    expect(antecedentesSuggestion(warning, { ...RULES, warningFollowUpMonths: 4 }, NOW)).toBe('warned');
  });
});
