// Interval estimates for the Indicadores workspace, so the program can show whether prevention moved a figure with
// the honesty an observational comparison owes: a share (Wilson score interval), a difference of two shares
// (Newcombe's hybrid score interval, method 10 of Newcombe 1998, with Cohen's h as effect size), and a difference
// and ratio of two rates of counts over exposure. Each comparison carries a code saying whether its sample can
// conclude anything; i18n words it. No dependency (this runs in the page too): the normal quantile is Wichura's
// AS241, the chi-square tail the regularised incomplete gamma function. Results are plain serialisable objects: an
// empty group gives null estimates and 'too_small', never NaN. Impossible input (negative or fractional counts,
// more successes than trials, a confidence outside (0, 1)) is a caller's bug and throws a RangeError.

export const ADEQUACY_CODES = ['too_small', 'inconclusive', 'conclusive'] as const;
export type Adequacy = (typeof ADEQUACY_CODES)[number];

export interface ComparisonRules {
  /** Two-sided confidence level of the intervals. */
  readonly confidence?: number;
  /** Smallest group a comparison of shares may conclude from (the 'insights.rules' setting's minSample). */
  readonly minSample: number;
  /** Smallest expected count (successes, failures, events) under "no difference" for the normal approximations to hold. */
  readonly minExpected?: number;
}
export type RateRules = Omit<ComparisonRules, 'minSample'>;

const DEFAULT_CONFIDENCE = 0.95;
/** The textbook rule for the normal approximation (and Pearson's chi-square): every expected count at least 5. */
const DEFAULT_MIN_EXPECTED = 5;

export interface Interval {
  readonly lower: number;
  readonly upper: number;
}

export interface Counts {
  readonly successes: number;
  readonly n: number;
}

export interface Proportion extends Counts {
  /** successes / n; null (and so the bounds) when n = 0. */
  readonly estimate: number | null;
  readonly lower: number | null;
  readonly upper: number | null;
  readonly confidence: number;
}

export interface ProportionDifference {
  /** Each group echoed back, with its own Wilson interval. */
  readonly a: Proportion;
  readonly b: Proportion;
  /** pA − pB, with Newcombe's method-10 interval. */
  readonly difference: number | null;
  readonly lower: number | null;
  readonly upper: number | null;
  /** Cohen's h = 2·asin√pA − 2·asin√pB (0.2 small, 0.5 medium, 0.8 large by Cohen's rule of thumb). */
  readonly cohensH: number | null;
  readonly confidence: number;
  readonly adequacy: Adequacy;
}

export interface Exposure {
  /** Events counted (actas, complaints…). */
  readonly count: number;
  /** What they were counted over, in the unit rates are wanted per (thousands of operations, days…). */
  readonly exposure: number;
}

export interface Rate extends Exposure {
  /** count / exposure; null when the exposure is 0. */
  readonly rate: number | null;
}

export interface RateComparison {
  readonly a: Rate;
  readonly b: Rate;
  /** rateA − rateB, with a normal-approximation (Wald) interval; the adequacy code follows this interval. */
  readonly difference: number | null;
  readonly lower: number | null;
  readonly upper: number | null;
  /** rateA / rateB (null when rateB is 0 or unknown), with a log-scale interval (null unless both counts are > 0). */
  readonly ratio: number | null;
  readonly ratioLower: number | null;
  readonly ratioUpper: number | null;
  readonly confidence: number;
  readonly adequacy: Adequacy;
}

export interface SampleEvidence {
  /** Group sizes held against the minimum group size. */
  readonly sizes: readonly number[];
  /** Expected counts under "no difference", held against the minimum expected count. */
  readonly expected: readonly number[];
  /** The difference's interval; null when it cannot be estimated. */
  readonly interval: Interval | null;
}

function checkCount(name: string, value: number): void {
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`${name} must be a whole number ≥ 0, got ${value}`);
}

function checkConfidence(confidence: number): void {
  if (!(confidence > 0 && confidence < 1)) throw new RangeError(`confidence must lie in (0, 1), got ${confidence}`);
}

/** Evaluates c[0] + c[1]·r + c[2]·r² + … (Horner). */
const poly = (c: readonly number[], r: number): number => c.reduceRight((acc, k) => acc * r + k, 0);

// Wichura, M. J. (1988) Algorithm AS 241: The percentage points of the normal distribution. Applied Statistics 37,
// 477–484 (PPND16, about 16 significant digits). Coefficients in ascending powers, the published 20-digit values
// written as the doubles they round to.
const CENTRAL_NUM = [
  3.3871328727963665, 133.14166789178438, 1971.5909503065513, 13731.69376550946, 45921.95393154987, 67265.7709270087, 33430.57558358813,
  2509.0809287301227,
];
const CENTRAL_DEN = [
  1, 42.31333070160091, 687.1870074920579, 5394.196021424751, 21213.794301586597, 39307.89580009271, 28729.085735721943, 5226.495278852546,
];
const NEAR_NUM = [
  1.4234371107496835, 4.630337846156546, 5.769497221460691, 3.6478483247632045, 1.2704582524523684, 0.2417807251774506,
  0.022723844989269184, 0.0007745450142783414,
];
const NEAR_DEN = [
  1, 2.053191626637759, 1.6763848301838038, 0.6897673349851, 0.14810397642748008, 0.015198666563616457, 0.0005475938084995345,
  1.0507500716444169e-9,
];
const FAR_NUM = [
  6.657904643501103, 5.463784911164114, 1.7848265399172913, 0.29656057182850487, 0.026532189526576124, 0.0012426609473880784,
  0.000027115555687434876, 2.0103343992922881e-7,
];
const FAR_DEN = [
  1, 0.599832206555888, 0.1369298809227358, 0.014875361290850615, 0.0007868691311456133, 0.000018463183175100548, 1.421511758316446e-7,
  2.0442631033899397e-15,
];

/** The standard normal quantile Φ⁻¹(p), for 0 < p < 1 (AS241). */
export function normalQuantile(p: number): number {
  if (!(p > 0 && p < 1)) throw new RangeError(`p must lie in (0, 1), got ${p}`);
  const q = p - 0.5;
  if (Math.abs(q) <= 0.425) {
    const r = 0.180625 - q * q;
    return (q * poly(CENTRAL_NUM, r)) / poly(CENTRAL_DEN, r);
  }
  let r = Math.sqrt(-Math.log(q < 0 ? p : 1 - p));
  let value: number;
  if (r <= 5) {
    r -= 1.6;
    value = poly(NEAR_NUM, r) / poly(NEAR_DEN, r);
  } else {
    r -= 5;
    value = poly(FAR_NUM, r) / poly(FAR_DEN, r);
  }
  return q < 0 ? -value : value;
}

/** The z of a two-sided interval at `confidence` (1.959963984540054 at 0.95). */
export function zFor(confidence: number): number {
  checkConfidence(confidence);
  return normalQuantile(1 - (1 - confidence) / 2);
}

/** ln Γ(a) for a whole or half-whole a > 0, exactly by the recurrence Γ(a + 1) = a·Γ(a) from Γ(1) = 1 or Γ(½) = √π. */
function lnGammaHalfInteger(a: number): number {
  let x = Number.isInteger(a) ? 1 : 0.5;
  let sum = x === 1 ? 0 : Math.log(Math.PI) / 2;
  for (; x < a; x++) sum += Math.log(x);
  return sum;
}

const GAMMA_EPS = 1e-15;
const GAMMA_MAX_TERMS = 10_000;
const TINY = 1e-300;

/**
 * P(X ≥ x) for X chi-square with `df` (a whole number ≥ 1) degrees of freedom: the regularised upper incomplete
 * gamma Q(df/2, x/2), by its power series below a + 1 and Lentz's continued fraction above (Numerical Recipes §6.2).
 */
export function chiSquareSurvival(x: number, df: number): number {
  if (!Number.isSafeInteger(df) || df < 1) throw new RangeError(`df must be a whole number ≥ 1, got ${df}`);
  if (!(x > 0)) return 1;
  const a = df / 2;
  const h = x / 2;
  const front = Math.exp(-h + a * Math.log(h) - lnGammaHalfInteger(a));
  if (h < a + 1) {
    let term = 1 / a;
    let sum = term;
    for (let n = 1; n < GAMMA_MAX_TERMS && Math.abs(term) > Math.abs(sum) * GAMMA_EPS; n++) {
      term *= h / (a + n);
      sum += term;
    }
    return Math.min(1, Math.max(0, 1 - sum * front));
  }
  let b = h + 1 - a;
  let c = 1 / TINY;
  let d = 1 / b;
  let fraction = d;
  for (let i = 1; i < GAMMA_MAX_TERMS; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < TINY) d = TINY;
    c = b + an / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const step = d * c;
    fraction *= step;
    if (Math.abs(step - 1) < GAMMA_EPS) break;
  }
  return Math.min(1, Math.max(0, front * fraction));
}

/** The Wilson score interval (Wilson 1927) of successes out of n > 0: good even near 0 and 1, where Wald's fails. */
function wilson(successes: number, n: number, z: number): { estimate: number } & Interval {
  const p = successes / n;
  const z2n = (z * z) / n;
  const centre = (p + z2n / 2) / (1 + z2n);
  const half = (z / (1 + z2n)) * Math.sqrt((p * (1 - p)) / n + z2n / (4 * n));
  // At 0 and n successes a bound is exactly 0 or 1; rounding must not push it across.
  const lower = successes === 0 ? 0 : Math.max(0, centre - half);
  const upper = successes === n ? 1 : Math.min(1, centre + half);
  return { estimate: p, lower, upper };
}

/** A share with its Wilson score interval; null estimates when n = 0. */
export function proportion(successes: number, n: number, confidence: number = DEFAULT_CONFIDENCE): Proportion {
  checkCount('successes', successes);
  checkCount('n', n);
  if (successes > n) throw new RangeError(`successes (${successes}) exceed n (${n})`);
  const z = zFor(confidence);
  if (n === 0) return { successes, n, estimate: null, lower: null, upper: null, confidence };
  return { successes, n, ...wilson(successes, n, z), confidence };
}

/**
 * Whether a comparison can conclude: 'too_small' when nothing could be estimated, a group is under the minimum size
 * or an expected count under the minimum; else 'inconclusive' when the interval holds 0, 'conclusive' when it does not.
 */
export function sampleAdequacy(evidence: SampleEvidence, rules: Pick<ComparisonRules, 'minSample' | 'minExpected'>): Adequacy {
  const minExpected = rules.minExpected ?? DEFAULT_MIN_EXPECTED;
  if (evidence.interval === null) return 'too_small';
  if (evidence.sizes.some((n) => n < rules.minSample)) return 'too_small';
  if (evidence.expected.some((e) => e < minExpected)) return 'too_small';
  return evidence.interval.lower <= 0 && evidence.interval.upper >= 0 ? 'inconclusive' : 'conclusive';
}

/** Expected counts of the cells of a table under "no difference": each row total shared out as the column totals are. */
function expectedCounts(rows: readonly (readonly [number, number])[]): number[] {
  const total = rows.reduce((s, [x, y]) => s + x + y, 0);
  if (total === 0) return rows.flatMap(() => [0, 0]);
  const first = rows.reduce((s, [x]) => s + x, 0) / total;
  return rows.flatMap(([x, y]) => [(x + y) * first, (x + y) * (1 - first)]);
}

/** Cohen's h: the difference of two shares on the arcsine scale, where equal steps are equally detectable. */
const arcsine = (p: number) => 2 * Math.asin(Math.sqrt(p));

/**
 * pA − pB with Newcombe's hybrid score interval (Newcombe 1998, method 10): from each share's Wilson interval
 * (l, u), lower = D − √((pA − lA)² + (uB − pB)²), upper = D + √((uA − pA)² + (pB − lB)²).
 */
export function proportionDifference(a: Counts, b: Counts, rules: ComparisonRules): ProportionDifference {
  const confidence = rules.confidence ?? DEFAULT_CONFIDENCE;
  const pa = proportion(a.successes, a.n, confidence);
  const pb = proportion(b.successes, b.n, confidence);
  const sizes = [a.n, b.n];
  const expected = expectedCounts([
    [a.successes, a.n - a.successes],
    [b.successes, b.n - b.successes],
  ]);
  if (a.n === 0 || b.n === 0) {
    const adequacy = sampleAdequacy({ sizes, expected, interval: null }, rules);
    return { a: pa, b: pb, difference: null, lower: null, upper: null, cohensH: null, confidence, adequacy };
  }
  const z = zFor(confidence);
  const { estimate: p1, lower: l1, upper: u1 } = wilson(a.successes, a.n, z);
  const { estimate: p2, lower: l2, upper: u2 } = wilson(b.successes, b.n, z);
  const difference = p1 - p2;
  const lower = Math.max(-1, difference - Math.hypot(p1 - l1, u2 - p2));
  const upper = Math.min(1, difference + Math.hypot(u1 - p1, p2 - l2));
  const adequacy = sampleAdequacy({ sizes, expected, interval: { lower, upper } }, rules);
  return { a: pa, b: pb, difference, lower, upper, cohensH: arcsine(p1) - arcsine(p2), confidence, adequacy };
}

/**
 * Two rates of counts over exposure (before/after, zone against zone), counts taken as Poisson. The difference gets
 * the normal-approximation (Wald) interval, variance cA/eA² + cB/eB² estimated from the counts: simple, checkable by
 * hand, and sound once the expected counts pass the minimum, which the adequacy code checks (expected counts under a
 * common rate). The ratio gets the usual log-scale interval, exp(ln(rA/rB) ± z·√(1/cA + 1/cB)).
 */
export function rateDifference(a: Exposure, b: Exposure, rules: RateRules): RateComparison {
  const confidence = rules.confidence ?? DEFAULT_CONFIDENCE;
  const z = zFor(confidence);
  for (const [name, e] of [
    ['a', a],
    ['b', b],
  ] as const) {
    checkCount(`${name}.count`, e.count);
    if (!(Number.isFinite(e.exposure) && e.exposure >= 0)) throw new RangeError(`${name}.exposure must be ≥ 0, got ${e.exposure}`);
    if (e.exposure === 0 && e.count > 0) throw new RangeError(`${name} has events over no exposure`);
  }
  const rate = (e: Exposure): Rate => ({ count: e.count, exposure: e.exposure, rate: e.exposure > 0 ? e.count / e.exposure : null });
  const ra = rate(a);
  const rb = rate(b);
  const totalExposure = a.exposure + b.exposure;
  const common = totalExposure > 0 ? (a.count + b.count) / totalExposure : 0;
  const expected = [common * a.exposure, common * b.exposure];
  // Rates have no group size: the expected counts carry how much was observed.
  const adequacyRules = { minSample: 0, minExpected: rules.minExpected };
  if (ra.rate === null || rb.rate === null) {
    const none = { difference: null, lower: null, upper: null, ratio: null, ratioLower: null, ratioUpper: null };
    return { a: ra, b: rb, ...none, confidence, adequacy: sampleAdequacy({ sizes: [], expected, interval: null }, adequacyRules) };
  }
  const difference = ra.rate - rb.rate;
  const se = Math.sqrt(a.count / a.exposure ** 2 + b.count / b.exposure ** 2);
  const lower = difference - z * se;
  const upper = difference + z * se;
  const ratio = rb.rate > 0 ? ra.rate / rb.rate : null;
  const logSe = a.count > 0 && b.count > 0 ? Math.sqrt(1 / a.count + 1 / b.count) : null;
  const ratioLower = ratio !== null && logSe !== null ? ratio * Math.exp(-z * logSe) : null;
  const ratioUpper = ratio !== null && logSe !== null ? ratio * Math.exp(z * logSe) : null;
  const adequacy = sampleAdequacy({ sizes: [], expected, interval: { lower, upper } }, adequacyRules);
  return { a: ra, b: rb, difference, lower, upper, ratio, ratioLower, ratioUpper, confidence, adequacy };
}
