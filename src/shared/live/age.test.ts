import { describe, expect, it } from 'vitest';
import { splitAge, type AgeParts } from './age.ts';

describe('splitAge', () => {
  it.each<[number, AgeParts]>([
    [0, { value: 0, unit: 'seconds' }],
    [12, { value: 12, unit: 'seconds' }],
    [12.9, { value: 12, unit: 'seconds' }],
    [59, { value: 59, unit: 'seconds' }],
    [60, { value: 1, unit: 'minutes' }],
    [119, { value: 1, unit: 'minutes' }],
    [180, { value: 3, unit: 'minutes' }],
    [3_599, { value: 59, unit: 'minutes' }],
    [3_600, { value: 1, unit: 'hours' }],
    [86_399, { value: 23, unit: 'hours' }],
    [86_400, { value: 1, unit: 'days' }],
    [10 * 86_400 + 5, { value: 10, unit: 'days' }],
  ])('%s s → %o', (seconds, expected) => {
    expect(splitAge(seconds)).toEqual(expected);
  });

  it('treats negative and non-finite ages as 0 s', () => {
    expect(splitAge(-5)).toEqual({ value: 0, unit: 'seconds' });
    expect(splitAge(Number.NaN)).toEqual({ value: 0, unit: 'seconds' });
  });
});
