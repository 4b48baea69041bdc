// The password rule, table-driven over a small list of common passwords (the hub's real list is checked in
// hub/auth/common-passwords.test.ts).
import { describe, expect, it } from 'vitest';
import { passwordProblem, type PasswordProblem } from './password-policy.ts';

const COMMON = new Set(['password', 'qwertyuiop', 'contraseña', 'iloveyou123456']);
const context = { isCommon: (text: string) => COMMON.has(text), personal: ['ana.lopez', 'Ana María López'] };

describe('password policy', () => {
  it.each<[string, string, PasswordProblem | null]>([
    ['a long phrase with no digits', 'caballo bateria grapa correcto', null],
    ['twelve characters, any kind', 'xk3-ptq9-lmw', null],
    ['eleven characters', 'xk3-ptq9-lm', 'too_short'],
    ['twelve letters counted as letters, not bytes', 'ñandúñandúña', null],
    ['257 characters', 'x'.repeat(100) + 'y'.repeat(100) + 'z'.repeat(57), 'too_long'],
    ['a common password, any case', 'IloveYou123456', 'common'],
    ['a common word with digits and symbols after it', 'Password2024!!', 'common'],
    ['a common word with digits before it', '2024@@Contraseña', 'common'],
    ['one character repeated', 'aaaaaaaaaaaa', 'common'],
    ['a syllable repeated', 'holaholahola', 'common'],
    ['digits repeated', '121212121212', 'common'],
    ['the username', 'x-ana.lopez-2026', 'personal'],
    ['a word of the name', 'soy-maria-del-centro', 'personal'],
    ['a word of the name, accented', 'LópezEsMiClave!', 'personal'],
    ['the program’s name', 'convivencia-cordoba', 'personal'],
    ['a short word of the name is allowed', 'ana-no-es-clave', null],
  ])('%s: %j', (_, password, expected) => {
    expect(passwordProblem(password, context)).toBe(expected);
  });
});
