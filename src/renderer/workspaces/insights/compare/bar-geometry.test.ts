import { describe, expect, it } from 'vitest';
import { barChart, CHART_BOX, roundUp } from './bar-geometry.ts';

const baseline = CHART_BOX.height - CHART_BOX.bottom;
const plot = baseline - CHART_BOX.top;

describe('roundUp', () => {
  it.each([
    [0, 1],
    [0.7, 1],
    [1, 1],
    [1.2, 2],
    [2.3, 2.5],
    [3, 5],
    [7.9, 10],
    [120, 200],
    [1204, 2000],
    [2500, 2500],
  ])('%d → %d', (value, top) => {
    expect(roundUp(value)).toBe(top);
  });
});

describe('barChart', () => {
  it('draws shares to 100 %, each bar and whisker in proportion', () => {
    const chart = barChart(
      [
        { value: 0.5, interval: { low: 0.4, high: 0.6 } },
        { value: 0.25, interval: null },
      ],
      'ratio',
    );
    expect(chart.max).toBe(1);
    const [a, b] = chart.bars;
    expect(a!.height).toBeCloseTo(plot / 2);
    expect(a!.y + a!.height).toBeCloseTo(baseline);
    expect(a!.whisker!.top).toBeCloseTo(baseline - 0.6 * plot);
    expect(a!.whisker!.bottom).toBeCloseTo(baseline - 0.4 * plot);
    expect(a!.whisker!.x).toBeCloseTo(a!.x + a!.width / 2);
    expect(b!.height).toBeCloseTo(plot / 4);
    expect(b!.whisker).toBeNull();
    // Side by side, inside the drawing, not touching.
    expect(a!.x).toBeGreaterThanOrEqual(CHART_BOX.left);
    expect(b!.x).toBeGreaterThan(a!.x + a!.width);
    expect(b!.x + b!.width).toBeLessThanOrEqual(CHART_BOX.width - CHART_BOX.right);
    expect(chart.ticks.map((t) => t.value)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
    expect(chart.ticks[0]!.y).toBe(baseline);
    expect(chart.ticks[5]!.y).toBe(CHART_BOX.top);
  });

  it('scales other figures to a round top over the largest bound', () => {
    const chart = barChart(
      [
        { value: 3.1, interval: { low: 2.5, high: 4.2 } },
        { value: 2, interval: null },
      ],
      'per_shift',
    );
    expect(chart.max).toBe(5);
    expect(chart.bars[1]!.height).toBeCloseTo((2 / 5) * plot);
    // Round steps on the axis.
    expect(chart.ticks.map((t) => t.value)).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('leaves a group without a value flat on the baseline', () => {
    const chart = barChart(
      [
        { value: null, interval: null },
        { value: 0, interval: null },
      ],
      'count',
    );
    expect(chart.max).toBe(1);
    expect(chart.bars.map((b) => b.height)).toEqual([0, 0]);
  });
});
