import { describe, expect, it } from 'vitest';
import { OPERATION_TYPES } from '../operations/codes.ts';
import { RESULT_SCHEMAS } from './results.ts';

describe('result schemas', () => {
  it('has one for every operation type', () => {
    expect(Object.keys(RESULT_SCHEMAS).sort()).toEqual([...OPERATION_TYPES].sort());
  });

  it.each(OPERATION_TYPES)('%s refuses an empty object, and does not throw on garbage', (type) => {
    const schema = RESULT_SCHEMAS[type];
    expect(schema.safeParse({}).success).toBe(false);
    for (const garbage of [null, 42, 'x', [], { __proto__: { admin: true } }]) expect(schema.safeParse(garbage).success).toBe(false);
  });
});
