// The median by selection: table-driven on small cases (odd, even, ties, unsorted), and equal to the sorted middle on
// random arrays of every length up to 200 and with many repeated values.
import { describe, expect, it } from 'vitest';
import { median } from './values.ts';

const sortedMedian = (values: number[]) => {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

describe('median', () => {
  it.each([
    [[], null],
    [[7], 7],
    [[2, 1], 1.5],
    [[3, 1, 2], 2],
    [[4, 1, 3, 2], 2.5],
    [[5, 5, 5, 1], 5],
    [[1, 1, 9, 9], 5],
    [[10, -2, 0.5, 3, 3, 8], 3],
  ])('of %j is %j', (values, expected) => {
    expect(median(Float64Array.from(values))).toBe(expected);
  });

  it('equals the middle of the sorted values', () => {
    let seed = 7;
    const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    for (let n = 1; n <= 200; n++) {
      for (const spread of [3, 1000]) {
        const values = Array.from({ length: n }, () => Math.floor(random() * spread));
        expect(median(Float64Array.from(values)), `${n} of ${spread}`).toBe(sortedMedian(values));
      }
    }
  });
});
