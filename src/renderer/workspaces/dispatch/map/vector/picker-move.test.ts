import { describe, expect, it } from 'vitest';
import { pickerMove } from './picker-move.ts';

describe('pickerMove', () => {
  it.each([
    ['ArrowDown', 0, 5, 1],
    ['ArrowRight', 3, 5, 4],
    ['ArrowDown', 4, 5, 4], // stays on the last
    ['ArrowUp', 0, 5, 0], // stays on the first
    ['ArrowLeft', 2, 5, 1],
    ['ArrowDown', -1, 5, 0], // none active yet: the first
    ['ArrowUp', -1, 5, 0],
    ['Home', 3, 5, 0],
    ['End', 0, 5, 4],
    ['PageDown', 0, 25, 10],
    ['PageDown', 20, 25, 24],
    ['PageUp', 12, 25, 2],
    ['PageUp', 4, 25, 0],
  ])('%s from %i of %i → %i', (key, index, count, to) => {
    expect(pickerMove(key, index, count)).toBe(to);
  });

  it.each([
    ['Enter', 0, 5],
    ['a', 0, 5],
    ['Tab', 0, 5],
    ['ArrowDown', -1, 0], // an empty list goes nowhere
  ])('%s from %i of %i is not a move', (key, index, count) => {
    expect(pickerMove(key, index, count)).toBeNull();
  });
});
