import { describe, expect, it } from 'vitest';
import { tabIndexForKey } from './tab-keys.ts';

describe('tabIndexForKey', () => {
  it('moves with the arrows and wraps around', () => {
    expect(tabIndexForKey('ArrowRight', 1, 4)).toBe(2);
    expect(tabIndexForKey('ArrowRight', 3, 4)).toBe(0);
    expect(tabIndexForKey('ArrowLeft', 0, 4)).toBe(3);
  });

  it('jumps to the ends and ignores other keys', () => {
    expect(tabIndexForKey('Home', 2, 4)).toBe(0);
    expect(tabIndexForKey('End', 0, 4)).toBe(3);
    expect(tabIndexForKey('Enter', 0, 4)).toBeNull();
  });
});
