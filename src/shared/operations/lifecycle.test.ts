import { describe, expect, it } from 'vitest';
import { canTransition, isEditable, nextStatuses } from './lifecycle.ts';
import { OPERATION_STATUSES, type OperationStatus } from './codes.ts';

describe('operation lifecycle', () => {
  const allowed: [OperationStatus, OperationStatus][] = [
    ['draft', 'planned'],
    ['draft', 'cancelled'],
    ['planned', 'draft'],
    ['planned', 'reserved'],
    ['planned', 'cancelled'],
    ['reserved', 'planned'],
    ['reserved', 'in_progress'],
    ['reserved', 'cancelled'],
    ['in_progress', 'closed'],
    ['in_progress', 'cancelled'],
  ];
  const key = (from: string, to: string) => `${from}→${to}`;
  const allowedKeys = new Set(allowed.map(([from, to]) => key(from, to)));

  for (const from of OPERATION_STATUSES) {
    for (const to of OPERATION_STATUSES) {
      const expected = allowedKeys.has(key(from, to));
      it(`${key(from, to)} is ${expected ? 'allowed' : 'refused'}`, () => {
        expect(canTransition(from, to)).toBe(expected);
      });
    }
  }

  it('closed and cancelled are final and not editable', () => {
    expect(nextStatuses('closed')).toEqual([]);
    expect(isEditable('cancelled')).toBe(false);
    expect(isEditable('draft')).toBe(true);
  });
});
