import jStat from 'jstat';
import { describe, expect, it } from 'vitest';
import {
  chiSquareSurvival,
  normalQuantile,
  proportion,
  proportionDifference,
  rateDifference,
  sampleAdequacy,
  zFor,
  type Adequacy,
} from './stats.ts';

/** Published intervals are given to 4 decimals. */
const to4 = (x: number | null) => (x === null ? null : Math.round(x * 1e4) / 1e4);
/** Serialisable: survives JSON unchanged, so holds no NaN, Infinity or undefined. */
const roundTrips = (value: unknown) => expect(JSON.parse(JSON.stringify(value))).toEqual(value);

describe('normalQuantile (AS241)', () => {
  it.each([1e-8, 1e-6, 0.001, 0.025, 0.05, 0.1, 0.3, 0.5, 0.7, 0.9, 0.975, 0.999, 1 - 1e-6, 1 - 1e-8])(
    'Φ⁻¹(%f) agrees with jStat.normal.inv',
    (p) => {
      const expected = jStat.normal.inv(p, 0, 1);
      expect(Math.abs(normalQuantile(p) - expected)).toBeLessThan(1e-9 * Math.max(1, Math.abs(expected)));
    },
  );

  // Further out jStat's erfcinv loses digits (0.03 at 1e-300); these were checked by Φ(x) = erfc(−x/√2)/2 instead.
  it.each([
    [1e-12, -7.034483825301132],
    [1e-300, -37.0470962993612],
  ])('Φ⁻¹(%f) is %f in the far tail', (p, x) => {
    expect(normalQuantile(p)).toBeCloseTo(x, 12);
  });

  it.each([
    // confidence, z (published to 15 digits)
    [0.9, 1.64485362695147],
    [0.95, 1.95996398454005],
    [0.99, 2.5758293035489],
    [0.999, 3.2905267314919],
  ])('z at %f is %f', (confidence, z) => {
    expect(zFor(confidence)).toBeCloseTo(z, 13);
  });

  it.each([0, 1, -0.1, 1.5, Number.NaN])('rejects p = %f', (p) => {
    expect(() => normalQuantile(p)).toThrow(RangeError);
  });
});

describe('chiSquareSurvival', () => {
  it.each([
    [0.001, 1],
    [0.5, 1],
    [3.841458820694124, 1],
    [10.83, 1],
    [0.2, 2],
    [5.991464547107979, 2],
    [1, 3],
    [7.814727903251178, 3],
    [30, 3],
    [4, 4],
    [2.5, 5],
    [60, 6],
  ])('P(χ² ≥ %f | df %i) agrees with 1 − jStat.chisquare.cdf', (x, df) => {
    expect(chiSquareSurvival(x, df)).toBeCloseTo(1 - jStat.chisquare.cdf(x, df), 10);
  });

  it('gives the textbook 5 % critical values and a survival of 1 at 0', () => {
    expect(chiSquareSurvival(3.841458820694124, 1)).toBeCloseTo(0.05, 12);
    expect(chiSquareSurvival(7.814727903251178, 3)).toBeCloseTo(0.05, 12);
    expect(chiSquareSurvival(0, 3)).toBe(1);
  });

  it('keeps tiny tails (exact for df 2: e^(−x/2))', () => {
    expect(chiSquareSurvival(200, 2) / Math.exp(-100)).toBeCloseTo(1, 12);
  });

  it.each([0, 1.5, -1])('rejects df = %f', (df) => {
    expect(() => chiSquareSurvival(1, df)).toThrow(RangeError);
  });
});

describe('proportion: Wilson score interval', () => {
  // Newcombe RG (1998) Two-sided confidence intervals for the single proportion, Stat Med 17:857–872, Table I, method 3.
  it.each([
    [81, 263, 0.2553, 0.3662],
    [15, 148, 0.0624, 0.1605],
    [0, 20, 0, 0.1611],
    [1, 29, 0.0061, 0.1718],
    [29, 29, 0.883, 1],
  ])('%i/%i → %f to %f (published)', (successes, n, lower, upper) => {
    const p = proportion(successes, n);
    expect([to4(p.lower), to4(p.upper)]).toEqual([lower, upper]);
    expect(p).toMatchObject({ successes, n, estimate: successes / n, confidence: 0.95 });
  });

  it.each([
    [1, 3],
    [7, 50],
    [81, 263],
    [999, 1000],
  ])('%i/%i: each bound solves the score equation |p̂ − π| = z·√(π(1 − π)/n)', (successes, n) => {
    const z = zFor(0.95);
    const p = proportion(successes, n);
    for (const bound of [p.lower!, p.upper!]) {
      expect(Math.abs(successes / n - bound)).toBeCloseTo(z * Math.sqrt((bound * (1 - bound)) / n), 12);
    }
  });

  it('approaches the Wald interval (jStat.normalci) for huge n', () => {
    const [successes, n] = [312_000_000, 1_000_000_000];
    const p = successes / n;
    const [lower, upper] = jStat.normalci(p, 0.05, Math.sqrt(p * (1 - p)), n);
    const wilson = proportion(successes, n);
    expect(wilson.lower).toBeCloseTo(lower, 8);
    expect(wilson.upper).toBeCloseTo(upper, 8);
  });

  it.each([
    // successes, n, estimate, lower, upper
    [0, 0, null, null, null],
    [0, 1, 0, 0, 0.7935],
    [1, 1, 1, 0.2065, 1],
    [0, 1_000_000_000, 0, 0, 0],
    [1_000_000_000, 1_000_000_000, 1, 1, 1],
  ])('edge %i/%i → estimate %s, %s to %s', (successes, n, estimate, lower, upper) => {
    const p = proportion(successes, n);
    expect([p.estimate, to4(p.lower), to4(p.upper)]).toEqual([estimate, lower, upper]);
    roundTrips(p);
  });

  it('keeps the bounds exactly at 0 and 1 when there are no successes or all are', () => {
    expect(proportion(0, 37).lower).toBe(0);
    expect(proportion(37, 37).upper).toBe(1);
  });

  it('widens with the confidence asked', () => {
    const width = (confidence: number) => {
      const p = proportion(40, 100, confidence);
      return p.upper! - p.lower!;
    };
    expect(width(0.9)).toBeLessThan(width(0.95));
    expect(width(0.95)).toBeLessThan(width(0.99));
  });

  it.each([
    [3, 2, 0.95],
    [-1, 2, 0.95],
    [1.5, 2, 0.95],
    [1, Number.NaN, 0.95],
    [1, 2, 1],
    [1, 2, 0],
  ])('rejects %f/%f at %f', (successes, n, confidence) => {
    expect(() => proportion(successes, n, confidence)).toThrow(RangeError);
  });
});

describe('proportionDifference: Newcombe hybrid score interval (method 10)', () => {
  // Newcombe RG (1998) Interval estimation for the difference between independent proportions: comparison of eleven
  // methods, Stat Med 17:873–890, Table II, method 10. The adequacy codes are at a minimum group of 1 and the usual 5.
  it.each<[number, number, number, number, number, number, Adequacy]>([
    [56, 70, 48, 80, 0.0524, 0.3339, 'conclusive'],
    [9, 10, 3, 10, 0.1705, 0.809, 'too_small'],
    [6, 7, 2, 7, 0.0582, 0.8062, 'too_small'],
    [5, 56, 0, 29, -0.0381, 0.1926, 'too_small'],
    [0, 10, 0, 20, -0.1611, 0.2775, 'too_small'],
    [0, 10, 0, 10, -0.2775, 0.2775, 'too_small'],
    [10, 10, 0, 20, 0.6791, 1, 'too_small'],
    [10, 10, 0, 10, 0.6075, 1, 'conclusive'],
  ])('%i/%i − %i/%i → %f to %f (%s)', (x1, n1, x2, n2, lower, upper, adequacy) => {
    const d = proportionDifference({ successes: x1, n: n1 }, { successes: x2, n: n2 }, { minSample: 1 });
    expect([to4(d.lower), to4(d.upper)]).toEqual([lower, upper]);
    expect(d.difference).toBeCloseTo(x1 / n1 - x2 / n2, 15);
    expect(d.adequacy).toBe(adequacy);
    expect(d.a).toMatchObject({ successes: x1, n: n1 });
    expect(d.b).toMatchObject({ successes: x2, n: n2 });
    roundTrips(d);
  });

  it('is the mirror image when the groups swap', () => {
    const ab = proportionDifference({ successes: 5, n: 56 }, { successes: 0, n: 29 }, { minSample: 1 });
    const ba = proportionDifference({ successes: 0, n: 29 }, { successes: 5, n: 56 }, { minSample: 1 });
    expect(ba.lower).toBeCloseTo(-ab.upper!, 15);
    expect(ba.upper).toBeCloseTo(-ab.lower!, 15);
    expect(ba.cohensH).toBeCloseTo(-ab.cohensH!, 15);
  });

  it.each([
    // pA, pB, Cohen's h = 2·asin√pA − 2·asin√pB
    [56, 70, 48, 80, 0.4421],
    [50, 100, 50, 100, 0],
    [10, 10, 0, 20, 3.1416],
    [45, 100, 55, 100, -0.2003],
  ])("Cohen's h of %i/%i against %i/%i is %f", (x1, n1, x2, n2, h) => {
    expect(to4(proportionDifference({ successes: x1, n: n1 }, { successes: x2, n: n2 }, { minSample: 1 }).cohensH)).toBe(h);
  });

  it('approaches the Wald interval (jStat.normalci) for huge groups', () => {
    const [x1, x2, n] = [500_000_000, 499_900_000, 1_000_000_000];
    const [p1, p2] = [x1 / n, x2 / n];
    const [lower, upper] = jStat.normalci(p1 - p2, 0.05, Math.sqrt((p1 * (1 - p1)) / n + (p2 * (1 - p2)) / n), 1);
    const d = proportionDifference({ successes: x1, n }, { successes: x2, n }, { minSample: 30 });
    expect(d.lower).toBeCloseTo(lower, 9);
    expect(d.upper).toBeCloseTo(upper, 9);
    expect(d.adequacy).toBe('conclusive');
  });

  it.each<[number, number, number, number, number, Adequacy]>([
    // a, b, minimum group → code
    [0, 0, 0, 50, 1, 'too_small'],
    [0, 0, 0, 0, 1, 'too_small'],
    [56, 70, 48, 80, 75, 'too_small'], // group a under the program's minimum
    [60, 100, 50, 100, 30, 'inconclusive'], // 0.1 with an interval holding 0
    [100, 100, 100, 100, 1, 'too_small'], // no failures expected
  ])('%i/%i − %i/%i, minimum group %i → %s', (x1, n1, x2, n2, minSample, adequacy) => {
    const d = proportionDifference({ successes: x1, n: n1 }, { successes: x2, n: n2 }, { minSample });
    expect(d.adequacy).toBe(adequacy);
    roundTrips(d);
  });

  it('gives null estimates, never NaN, for an empty group', () => {
    const d = proportionDifference({ successes: 0, n: 0 }, { successes: 3, n: 9 }, { minSample: 1 });
    expect(d).toMatchObject({ difference: null, lower: null, upper: null, cohensH: null, adequacy: 'too_small' });
    expect(d.a).toMatchObject({ n: 0, estimate: null });
    expect(d.b).toMatchObject({ n: 9, estimate: 3 / 9 });
  });

  it('follows the minimum expected count and confidence it is given', () => {
    const d = proportionDifference({ successes: 9, n: 10 }, { successes: 3, n: 10 }, { minSample: 1, minExpected: 4, confidence: 0.9 });
    expect(d.adequacy).toBe('conclusive'); // expected counts 6 and 4 pass a minimum of 4
    expect(d.confidence).toBe(0.9);
    expect(d.lower).toBeGreaterThan(0.1705);
  });
});

describe('rateDifference: two Poisson rates', () => {
  it.each([
    // a: count, exposure; b: count, exposure
    [30, 10, 12, 10],
    [120, 45.5, 88, 61],
    [7, 2, 20, 3],
    [250_000, 1_000_000, 249_000, 1_000_000],
  ])('%i/%f − %i/%f: Wald interval as jStat.normalci builds it, ratio on the log scale', (ca, ea, cb, eb) => {
    const r = rateDifference({ count: ca, exposure: ea }, { count: cb, exposure: eb }, {});
    const se = Math.sqrt(ca / ea ** 2 + cb / eb ** 2);
    const [lower, upper] = jStat.normalci(ca / ea - cb / eb, 0.05, se, 1);
    expect(r.difference).toBeCloseTo(ca / ea - cb / eb, 12);
    expect(r.lower).toBeCloseTo(lower, 12);
    expect(r.upper).toBeCloseTo(upper, 12);
    const [logLower, logUpper] = jStat.normalci(Math.log(ca / ea / (cb / eb)), 0.05, Math.sqrt(1 / ca + 1 / cb), 1);
    expect(r.ratio).toBeCloseTo(ca / ea / (cb / eb), 12);
    expect(r.ratioLower).toBeCloseTo(Math.exp(logLower), 12);
    expect(r.ratioUpper).toBeCloseTo(Math.exp(logUpper), 12);
    roundTrips(r);
  });

  it('works a before/after example: 30 actas over 10 days against 12 over 10 days', () => {
    const r = rateDifference({ count: 30, exposure: 10 }, { count: 12, exposure: 10 }, {});
    expect([r.difference, to4(r.lower), to4(r.upper)]).toEqual([1.8, 0.5298, 3.0702]);
    expect([r.ratio, to4(r.ratioLower), to4(r.ratioUpper)]).toEqual([2.5, 1.28, 4.8829]);
    expect(r.adequacy).toBe('conclusive');
  });

  it.each<[number, number, number, number, Adequacy]>([
    [10, 5, 8, 5, 'inconclusive'],
    [4, 5, 2, 5, 'too_small'], // expected 3 and 3 under a common rate
    [0, 5, 0, 5, 'too_small'],
    [0, 0, 3, 5, 'too_small'],
    [3, 5, 0, 0, 'too_small'],
    [60, 10, 20, 10, 'conclusive'],
  ])('%i/%f − %i/%f → %s', (ca, ea, cb, eb, adequacy) => {
    const r = rateDifference({ count: ca, exposure: ea }, { count: cb, exposure: eb }, {});
    expect(r.adequacy).toBe(adequacy);
    roundTrips(r);
  });

  it('gives null estimates for no exposure, and no ratio interval when a count is 0', () => {
    expect(rateDifference({ count: 0, exposure: 0 }, { count: 3, exposure: 5 }, {})).toMatchObject({
      a: { rate: null },
      b: { rate: 0.6 },
      difference: null,
      ratio: null,
      ratioLower: null,
    });
    expect(rateDifference({ count: 0, exposure: 5 }, { count: 6, exposure: 5 }, {})).toMatchObject({
      difference: -1.2,
      ratio: 0,
      ratioLower: null,
      ratioUpper: null,
    });
    expect(rateDifference({ count: 6, exposure: 5 }, { count: 0, exposure: 5 }, {})).toMatchObject({ ratio: null, ratioUpper: null });
  });

  it.each([
    [{ count: 3, exposure: 0 }, 'events over no exposure'],
    [{ count: 3, exposure: -1 }, 'negative exposure'],
    [{ count: -3, exposure: 1 }, 'negative count'],
    [{ count: 3, exposure: Number.POSITIVE_INFINITY }, 'infinite exposure'],
  ])('rejects %j (%s)', (a) => {
    expect(() => rateDifference(a, { count: 1, exposure: 1 }, {})).toThrow(RangeError);
  });
});

describe('sampleAdequacy', () => {
  const rules = { minSample: 30, minExpected: 5 };
  it.each<[number[], number[], { lower: number; upper: number } | null, Adequacy]>([
    [[40, 40], [10, 30, 10, 30], null, 'too_small'],
    [[29, 40], [10, 30, 10, 30], { lower: 0.1, upper: 0.3 }, 'too_small'],
    [[40, 40], [4.99, 30, 10, 30], { lower: 0.1, upper: 0.3 }, 'too_small'],
    [[40, 40], [5, 30, 10, 30], { lower: -0.1, upper: 0.3 }, 'inconclusive'],
    [[40, 40], [5, 30, 10, 30], { lower: 0, upper: 0.3 }, 'inconclusive'],
    [[40, 40], [5, 30, 10, 30], { lower: -0.3, upper: -0.01 }, 'conclusive'],
    [[30, 30], [5, 5], { lower: 0.01, upper: 0.3 }, 'conclusive'],
  ])('sizes %j, expected %j, interval %j → %s', (sizes, expected, interval, adequacy) => {
    expect(sampleAdequacy({ sizes, expected, interval }, rules)).toBe(adequacy);
  });
});
