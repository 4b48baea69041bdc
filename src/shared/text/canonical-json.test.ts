// Canonical JSON: key order never matters, undefined is dropped as JSON.stringify drops it, and the text parses
// back to the same value.
import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical-json.ts';

describe('canonical JSON', () => {
  it.each<[unknown, string]>([
    [{ b: 1, a: [true, null, 'x'] }, '{"a":[true,null,"x"],"b":1}'],
    [{ z: { y: 2, x: 1 }, a: undefined }, '{"z":{"x":1,"y":2}}'],
    [[undefined, 1.5, -0.25, 'ñ"\n'], '[null,1.5,-0.25,"ñ\\"\\n"]'],
    [{}, '{}'],
    [[], '[]'],
    ['texto', '"texto"'],
    [null, 'null'],
  ])('%j → %s', (value, text) => expect(canonicalJson(value)).toBe(text));

  it('gives one text for every key order, and parses back to the value', () => {
    const value = { id: 'c1', record: { offender: { dni: '30111222', kind: 'person' }, occurredAt: 1 }, version: 3 };
    const reordered = { version: 3, record: { occurredAt: 1, offender: { kind: 'person', dni: '30111222' } }, id: 'c1' };
    expect(canonicalJson(reordered)).toBe(canonicalJson(value));
    expect(JSON.parse(canonicalJson(value))).toEqual(value);
  });
});
