import { describe, expect, it } from 'vitest';
import { withField } from './with-field.ts';

describe('withField', () => {
  it.each<[object, unknown, object]>([
    [{ id: 'a', base: 'X' }, 'Y', { id: 'a', base: 'Y' }],
    [{ id: 'a' }, 'Y', { id: 'a', base: 'Y' }],
    [{ id: 'a', base: 'X' }, undefined, { id: 'a' }],
    [{ id: 'a' }, undefined, { id: 'a' }],
  ])('%j with base %j → %j, the key absent when taken away', (record, value, expected) => {
    const next = withField(record as { id: string; base?: string }, 'base', value as string | undefined);
    expect(next).toEqual(expected);
    expect('base' in next).toBe(value !== undefined);
  });
});
