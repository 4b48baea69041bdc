import { describe, expect, it } from 'vitest';
import { checkAccount, INITIAL_ACCOUNT, type AccountValues } from './account-form.ts';

const valid: AccountValues = { username: 'ana.perez', displayName: 'Ana Pérez', role: 'coordinator' };

describe('checkAccount', () => {
  it.each([
    ['nothing typed', INITIAL_ACCOUNT, { username: 'required', displayName: 'required', role: 'required' }],
    ['spaces only', { ...valid, username: '   ', displayName: '  ' }, { username: 'required', displayName: 'required' }],
    ['upper case', { ...valid, username: 'Ana.Perez' }, { username: 'username' }],
    ['a space inside', { ...valid, username: 'ana perez' }, { username: 'username' }],
    ['an accent', { ...valid, username: 'martín' }, { username: 'username' }],
    ['starting with a dot', { ...valid, username: '.ana' }, { username: 'username' }],
    ['65 characters', { ...valid, username: 'a'.repeat(65) }, { username: 'username' }],
    ['a name too long', { ...valid, displayName: 'x'.repeat(121) }, { displayName: 'too_long' }],
    ['no role', { ...valid, role: '' as const }, { role: 'required' }],
  ] as const)('refuses %s, field by field', (_, values, problems) => {
    expect(checkAccount(values)).toEqual({ ok: false, problems });
  });

  it.each([
    ['as typed', valid, { username: 'ana.perez', displayName: 'Ana Pérez', role: 'coordinator' }],
    [
      'trimmed',
      { username: ' juez_2 ', displayName: ' Juez Dos ', role: 'judge' as const },
      { username: 'juez_2', displayName: 'Juez Dos', role: 'judge' },
    ],
    ['64 characters', { ...valid, username: '9'.repeat(64) }, { username: '9'.repeat(64), displayName: 'Ana Pérez', role: 'coordinator' }],
  ])('gives the request %s', (_, values, request) => {
    expect(checkAccount(values)).toEqual({ ok: true, mutation: request });
  });
});
