import { describe, expect, it } from 'vitest';
import { uuidOf } from '../records/test-support/dispatch.ts';
import { trialAt } from '../records/test-support/notices.ts';
import { cordobaInstant } from '../time/cordoba.ts';
import { trialFor, variantFor } from './trial-for.ts';

const OLD = trialAt(uuidOf(1));
const NEWER = trialAt(uuidOf(2), { createdAt: OLD.createdAt + 1 });
const lot = { category: 'vacant_lot', barrio: 'Alta Córdoba' } as const;
const IN_RANGE = cordobaInstant(2026, 12, 10, 12);

describe('trialFor', () => {
  it.each([
    ['a lot in a trial barrio, inside the dates', [NEWER, OLD], lot, IN_RANGE, OLD.id],
    ['another category', [OLD], { ...lot, category: 'noise' }, IN_RANGE, null],
    ['another barrio', [OLD], { ...lot, barrio: 'Centro' }, IN_RANGE, null],
    ['the day before the start', [OLD], lot, cordobaInstant(2026, 10, 31, 23, 59), null],
    ['the last day, late at night (Córdoba time)', [OLD], lot, cordobaInstant(2027, 2, 28, 23, 59), OLD.id],
    ['after a stop', [trialAt(uuidOf(3), { stoppedAt: IN_RANGE - 1 })], lot, IN_RANGE, null],
    ['no trials', [], lot, IN_RANGE, null],
  ] as const)('%s', (_name, trials, notice, at, expected) => {
    expect(trialFor(trials, notice, at)?.id ?? null).toBe(expected);
  });

  it('gives every notice one of the trial’s variants, the same one every time', () => {
    const keys = Array.from({ length: 200 }, (_, i) => variantFor(OLD, uuidOf(100 + i)));
    expect(new Set(keys)).toEqual(new Set(['a', 'b']));
    expect(Array.from({ length: 200 }, (_, i) => variantFor(OLD, uuidOf(100 + i)))).toEqual(keys);
  });
});
