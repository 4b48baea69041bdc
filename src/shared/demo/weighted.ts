// A weighted draw: one of the values, each as likely as its weight is of the total.
import type { Prng } from '../random/prng.ts';

export type Weights<T> = readonly (readonly [T, number])[];

export function weighted<T>(rng: Prng, weights: Weights<T>): T {
  let r = rng.next() * weights.reduce((sum, [, w]) => sum + w, 0);
  for (const [value, w] of weights) if ((r -= w) < 0) return value;
  return weights[weights.length - 1]![0];
}
