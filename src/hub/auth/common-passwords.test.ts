import { describe, expect, it } from 'vitest';
import list from '../../../resources/auth/common-passwords.json' with { type: 'json' };
import { passwordProblem } from '../../shared/auth/password-policy.ts';
import { isCommonPassword } from './common-passwords.ts';
import { generatePassword } from './passwords.ts';

describe('the common-password list', () => {
  it('is the shipped list: lower case, sorted, no repeats', () => {
    expect(list.length).toBeGreaterThan(40_000);
    expect(list.every((word) => word === word.toLowerCase())).toBe(true);
    expect(new Set(list).size).toBe(list.length);
    expect([...list].sort()).toEqual(list);
  });

  it.each(['password', 'qwertyuiop', 'iloveyou', 'contraseña', 'argentina', 'talleres'])('holds %s', (word) => {
    expect(isCommonPassword(word)).toBe(true);
  });

  it('refuses them, even with digits around; a generated password passes', () => {
    const context = { isCommon: isCommonPassword, personal: ['ana.lopez', 'Ana López'] };
    expect(passwordProblem('Argentina2026!', context)).toBe('common');
    expect(passwordProblem('qwertyuiop123', context)).toBe('common');
    for (let i = 0; i < 50; i++) expect(passwordProblem(generatePassword(), context)).toBeNull();
  });
});
