import { describe, expect, it } from 'vitest';
import type { UnitPosition } from '../../shared/live/units.ts';
import { UnitBook } from './unit-book.ts';

const NOW = Date.UTC(2026, 10, 26, 15);
const LATEST = NOW + 120_000; // what the clock tolerance accepts now
const at = (deviceTime: number): UnitPosition => ({
  unitId: 'movil-01',
  lat: -31.4,
  lng: -64.2,
  accuracyM: 8,
  speedKmh: 20,
  heading: 90,
  deviceTime,
  receivedAt: NOW,
});

describe('the newest position of a unit', () => {
  it.each<[string, number | null, number, boolean]>([
    ['the first one', null, NOW, true],
    ['a later one', NOW - 1_000, NOW, true],
    ['one of the same time', NOW, NOW, true],
    ['not an earlier one (a device replaying after a gap)', NOW, NOW - 1_000, false],
    ['over a known one dated beyond what is accepted now (a clock that jumped, kept by an earlier hub)', Date.UTC(2045, 0, 1), NOW, true],
    ['not over a known one just within what is accepted now', LATEST, NOW, false],
  ])('is %s', (_, known, offered, newest) => {
    const book = new UnitBook([], known === null ? [] : [at(known)]);
    expect(book.offerPosition(at(offered), LATEST)).toBe(newest);
    expect(book.allPositions()).toEqual([at(newest ? offered : known!)]);
  });
});
