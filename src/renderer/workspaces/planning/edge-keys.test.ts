import { describe, expect, it } from 'vitest';
import { edgeTarget } from './edge-keys.ts';

describe('edgeTarget', () => {
  it.each([
    [{ key: 'End', ctrlKey: true, metaKey: false }, 1_000_000, 999_999],
    [{ key: 'End', ctrlKey: false, metaKey: true }, 10, 9],
    [{ key: 'Home', ctrlKey: true, metaKey: false }, 1_000_000, 0],
    [{ key: 'End', ctrlKey: false, metaKey: false }, 100, null], // plain End: last column, AG Grid's business
    [{ key: 'ArrowDown', ctrlKey: true, metaKey: false }, 100, null],
    [{ key: 'End', ctrlKey: true, metaKey: false }, 0, null],
  ])('%o over %i rows → %s', (event, rows, expected) => {
    expect(edgeTarget(event, rows)).toBe(expected);
  });
});
