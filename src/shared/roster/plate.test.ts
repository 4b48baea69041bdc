// Argentine plates as people type them, kept in one form; anything else is not a plate.
import { describe, expect, it } from 'vitest';
import { normalisePlate } from './plate.ts';

describe('normalisePlate', () => {
  it.each([
    ['AB 123 CD', 'AB 123 CD'],
    ['ab123cd', 'AB 123 CD'],
    [' ab-123-cd ', 'AB 123 CD'],
    ['AB.123.CD', 'AB 123 CD'],
    ['abc 123', 'ABC 123'],
    ['ABC-123', 'ABC 123'],
    ['a123bcd', 'A 123 BCD'],
    ['123 abc', '123 ABC'],
  ])('%j → %j', (typed, kept) => {
    expect(normalisePlate(typed)).toBe(kept);
  });

  it.each(['', 'AB 12 CD', 'ABCD 123', 'AÑ 123 CD', 'AB 123 C', '12 345', 'AB_123_CD', 'A B 1 2 3 C D x'.repeat(3)])(
    '%j is no plate',
    (typed) => {
      expect(normalisePlate(typed)).toBeNull();
    },
  );
});
