import jStat from 'jstat';
import { describe, expect, it } from 'vitest';
import { createPrng } from '../random/prng.ts';
import { uuidOf } from '../records/test-support/dispatch.ts';
import { assignmentBalance, assignVariant, fnv1a64 } from './trial-assignment.ts';

const VARIANTS = { 2: ['A', 'B'], 3: ['A', 'B', 'C'], 4: ['A', 'B', 'C', 'D'] } as const;

/** `count` random (version 4) uuids, the same every run. */
function uuidsV4(count: number, seed: number): string[] {
  const prng = createPrng(seed);
  const bytes = new Uint8Array(16);
  return Array.from({ length: count }, () => {
    prng.fill(bytes);
    bytes[6] = (bytes[6]! & 0x0f) | 0x40;
    bytes[8] = (bytes[8]! & 0x3f) | 0x80;
    const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  });
}

const countsOf = (variants: readonly string[], assigned: readonly string[]) => variants.map((v) => assigned.filter((a) => a === v).length);

describe('fnv1a64', () => {
  it.each([
    // The FNV reference test vectors (draft-eastlake-fnv).
    ['', 0xcbf29ce484222325n],
    ['a', 0xaf63dc4c8601ec8cn],
    ['foobar', 0x85944171f73967e8n],
  ])('hashes %j to the published value', (text, hash) => {
    expect(fnv1a64(text)).toBe(hash);
  });
});

describe('assignVariant', () => {
  // Pinned so that any change to the hash shows: re-deriving past trials' assignments depends on it.
  it.each([
    ['multas-2026-T1', '0190a8c0-0000-7000-8000-000000000001', 'A', 'A', 'A'],
    ['multas-2026-T1', '0190a8c0-0000-7000-8000-000000000002', 'B', 'B', 'C'],
    ['multas-2026-T1', '3f2504e0-4f89-41d3-9a0c-0305e82c3301', 'B', 'C', 'D'],
    ['aviso-ruidos', '0190a8c0-0000-7000-8000-000000000001', 'B', 'C', 'D'],
    ['aviso-ruidos', 'f47ac10b-58cc-4372-a567-0e02b2c3d479', 'B', 'B', 'C'],
    ['ñandú', '0190a8c0-0000-7000-8000-000000000002', 'A', 'A', 'A'],
  ])('seed %s, notice %s → %s of 2, %s of 3, %s of 4', (seed, id, of2, of3, of4) => {
    expect([2, 3, 4].map((k) => assignVariant({ seed, variants: VARIANTS[k as 2 | 3 | 4] }, id))).toEqual([of2, of3, of4]);
  });

  it('gives the same notice the same variant on every call, whatever else was assigned in between', () => {
    const trial = { seed: 'reproducible', variants: VARIANTS[3] };
    const ids = uuidsV4(500, 1);
    const first = ids.map((id) => assignVariant(trial, id));
    const again = [...ids].reverse().map((id) => assignVariant({ ...trial }, id));
    expect(again.reverse()).toEqual(first);
  });

  it.each([2, 3, 4] as const)('reshuffles under another seed: about 1 − 1/%i of the notices change', (k) => {
    const ids = uuidsV4(4000, 2);
    const changed = ids.filter(
      (id) => assignVariant({ seed: 'one', variants: VARIANTS[k] }, id) !== assignVariant({ seed: 'two', variants: VARIANTS[k] }, id),
    );
    expect(Math.abs(changed.length / ids.length - (1 - 1 / k))).toBeLessThan(0.03);
  });

  it.each([
    [2, 'uuid v4', uuidsV4(20_000, 3)],
    [3, 'uuid v4', uuidsV4(20_000, 3)],
    [4, 'uuid v4', uuidsV4(20_000, 3)],
    // Sequential ids that differ only in their last digits: the finaliser must still spread them.
    [2, 'sequential', Array.from({ length: 20_000 }, (_, i) => uuidOf(i))],
    [4, 'sequential', Array.from({ length: 20_000 }, (_, i) => uuidOf(i))],
  ] as const)('splits 20,000 notices evenly over %i variants (%s ids)', (k, _kind, ids) => {
    const variants = VARIANTS[k];
    const counts = countsOf(
      variants,
      ids.map((id) => assignVariant({ seed: 'balance-check', variants }, id)),
    );
    const balance = assignmentBalance(counts);
    for (const share of balance.shares!) expect(Math.abs(share - 1 / k)).toBeLessThan(0.015);
    expect(balance.pValue).toBeGreaterThan(0.001);
    expect(balance.pValue).toBeCloseTo(1 - jStat.chisquare.cdf(balance.chiSquare!, k - 1), 10);
  });

  it('refuses a trial without variants', () => {
    expect(() => assignVariant({ seed: 's', variants: [] }, 'id')).toThrow(RangeError);
  });
});

describe('assignmentBalance', () => {
  it.each([
    // counts, chi-square, p-value
    [[50, 30, 20], 14, Math.exp(-7)], // df 2: p = e^(−χ²/2)
    [[100, 100], 0, 1],
    [[60, 40], 4, 0.0455],
    [[26, 24, 25, 25], 0.08, 0.9941],
    [[0, 10], 10, 0.0016],
  ])('%j → χ² %f, p %f', (counts, chiSquare, pValue) => {
    const b = assignmentBalance(counts);
    expect(b.chiSquare).toBeCloseTo(chiSquare, 12);
    expect(b.pValue).toBeCloseTo(pValue, 4);
    expect(b.pValue).toBeCloseTo(1 - jStat.chisquare.cdf(chiSquare, counts.length - 1), 10);
    expect(b).toMatchObject({ total: counts.reduce((s, c) => s + c, 0), df: counts.length - 1 });
  });

  it('has nothing to say before anything was assigned', () => {
    expect(assignmentBalance([0, 0, 0])).toEqual({ total: 0, shares: null, chiSquare: null, df: 2, pValue: null });
  });

  it.each([[[5]], [[]], [[3, -1]], [[1.5, 2]]])('refuses %j', (counts) => {
    expect(() => assignmentBalance(counts)).toThrow(RangeError);
  });
});
