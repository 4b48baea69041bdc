import { describe, expect, it } from 'vitest';
import { toggleSelection } from './toggle-selection.ts';

describe('toggleSelection', () => {
  const options = ['a', 'b', 'c'];

  it('adds in option order', () => {
    expect(toggleSelection(options, ['c'], 'a', true)).toEqual(['a', 'c']);
  });

  it('removes', () => {
    expect(toggleSelection(options, ['a', 'c'], 'c', false)).toEqual(['a']);
  });
});
