import { describe, expect, it } from 'vitest';
import { canRead, ROLE_PERMISSIONS } from './permissions.ts';
import { ROLES, type Role } from './protocol.ts';

describe('role permissions', () => {
  it('covers every role of the protocol', () => {
    expect(Object.keys(ROLE_PERMISSIONS).sort()).toEqual([...ROLES].sort());
  });

  it.each<[Role, boolean]>([
    ['coordinator', true],
    ['dispatcher', true],
    ['administrator', true],
    ['court_clerk', false],
    ['judge', false],
  ])('%s reads units: %s', (role, expected) => {
    expect(canRead(role, 'unit')).toBe(expected);
  });
});
