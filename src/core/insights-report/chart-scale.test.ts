import { describe, expect, it } from 'vitest';
import { chartScale } from './chart-scale.ts';

describe('chartScale', () => {
  it.each([
    // unit, values, max, ticks
    ['ratio', [0.813, null], 1, [0, 0.25, 0.5, 0.75, 1]],
    ['ratio', [], 1, [0, 0.25, 0.5, 0.75, 1]],
    ['count', [212, 64, 141], 300, [0, 100, 200, 300]],
    ['count', [3], 3, [0, 1, 2, 3]],
    ['count', [1], 1, [0, 1]],
    ['count', [0, null], 1, [0, 1]],
    ['count', [1234], 1500, [0, 500, 1000, 1500]],
    ['count', [100], 100, [0, 25, 50, 75, 100]],
    ['minutes', [23.5, 25], 30, [0, 10, 20, 30]],
    ['per_shift', [3.1, 1.9, 2.5], 4, [0, 1, 2, 3, 4]],
    ['per_shift', [0.3], 0.3, [0, 0.1, 0.2, 0.3]],
    ['days', [38.5], 40, [0, 10, 20, 30, 40]],
  ] as const)('%s of %j: 0 to %s', (unit, values, max, ticks) => {
    expect(chartScale(unit, values)).toEqual({ max, ticks });
  });

  it('never lets a value reach past the top gridline', () => {
    for (let v = 0.07; v < 50_000; v *= 1.37) {
      const { max, ticks } = chartScale('per_shift', [v]);
      expect(max, String(v)).toBeGreaterThanOrEqual(v);
      expect(ticks.length, String(v)).toBeLessThanOrEqual(5);
    }
  });
});
