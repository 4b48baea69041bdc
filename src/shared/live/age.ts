// An age ("12 s", "3 min", "2 h", "4 d") split into a number and a unit; the renderer words it per language.
// Whole units, rounded down: a position 119 s old is "1 min" old, never "2 min".

export const AGE_UNITS = ['seconds', 'minutes', 'hours', 'days'] as const;
export type AgeUnit = (typeof AGE_UNITS)[number];

export interface AgeParts {
  readonly value: number;
  readonly unit: AgeUnit;
}

const MINUTE = 60;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export function splitAge(seconds: number): AgeParts {
  const s = Number.isFinite(seconds) ? Math.max(0, Math.floor(seconds)) : 0;
  if (s < MINUTE) return { value: s, unit: 'seconds' };
  if (s < HOUR) return { value: Math.floor(s / MINUTE), unit: 'minutes' };
  if (s < DAY) return { value: Math.floor(s / HOUR), unit: 'hours' };
  return { value: Math.floor(s / DAY), unit: 'days' };
}
