import { describe, expect, it } from 'vitest';
import { DEFAULT_FRESHNESS, freshness, positionAgeSeconds, type Freshness } from './freshness.ts';

describe('freshness', () => {
  it('defaults to amber after 30 s and lost after 120 s', () => {
    expect(DEFAULT_FRESHNESS).toEqual({ amberAfterSeconds: 30, lostAfterSeconds: 120 });
  });

  it.each<[number | null, Freshness]>([
    [0, 'fresh'],
    [12, 'fresh'],
    [30, 'fresh'],
    [31, 'amber'],
    [120, 'amber'],
    [121, 'lost'],
    [86_400, 'lost'],
    [null, 'lost'],
  ])('age %s s is %s with the defaults', (age, expected) => {
    expect(freshness(age)).toBe(expected);
    expect(freshness(age, DEFAULT_FRESHNESS)).toBe(expected);
  });

  it('uses the thresholds it is given', () => {
    const strict = { amberAfterSeconds: 5, lostAfterSeconds: 10 };
    expect(freshness(5, strict)).toBe('fresh');
    expect(freshness(6, strict)).toBe('amber');
    expect(freshness(11, strict)).toBe('lost');
    expect(freshness(60, { amberAfterSeconds: 300, lostAfterSeconds: 600 })).toBe('fresh');
  });

  it('goes straight from fresh to lost when both thresholds are equal', () => {
    const noAmber = { amberAfterSeconds: 60, lostAfterSeconds: 60 };
    expect(freshness(60, noAmber)).toBe('fresh');
    expect(freshness(61, noAmber)).toBe('lost');
  });
});

describe('positionAgeSeconds', () => {
  const now = 1_760_000_000_000;

  it('counts whole seconds', () => {
    expect(positionAgeSeconds(now, now)).toBe(0);
    expect(positionAgeSeconds(now - 999, now)).toBe(0);
    expect(positionAgeSeconds(now - 1_000, now)).toBe(1);
    expect(positionAgeSeconds(now - 183_500, now)).toBe(183);
  });

  it('never goes negative when the position is stamped ahead of this clock', () => {
    expect(positionAgeSeconds(now + 2_500, now)).toBe(0);
  });

  it('is null without a position', () => {
    expect(positionAgeSeconds(null, now)).toBeNull();
    expect(positionAgeSeconds(undefined, now)).toBeNull();
    expect(positionAgeSeconds(Number.NaN, now)).toBeNull();
  });
});
