import { describe, expect, it } from 'vitest';
import { reconnectDelay } from './reconnect-delay.ts';

describe('reconnectDelay', () => {
  it('grows exponentially from a quarter second', () => {
    expect([0, 1, 2, 3].map((attempt) => reconnectDelay(attempt, 0.999999))).toEqual([250, 500, 1000, 2000]);
  });

  it('is capped at ten seconds however long the outage', () => {
    expect(reconnectDelay(50, 0.999999)).toBe(10_000);
    expect(reconnectDelay(5000, 0.999999)).toBe(10_000);
  });

  it('jitters down to half the ceiling', () => {
    expect(reconnectDelay(3, 0)).toBe(1000);
  });
});
