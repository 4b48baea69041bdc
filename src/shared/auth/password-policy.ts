// What a new password must be, after current guidance (NIST SP 800-63B, the UK's NCSC): long rather than composed
// (no required digits or symbols, no forced periodic change), not a known common password — nor one with digits or
// symbols stuck before or after it ('password2024!'), nor one word or syllable repeated — and not the person's own
// name or username, or the program's name. The list of common passwords is the hub's (hub/auth/common-passwords.ts);
// this rule takes it as a predicate, so it stays pure and testable with a small list.
import { searchKey } from '../text/search-key.ts';

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;

export const PASSWORD_PROBLEMS = ['too_short', 'too_long', 'common', 'personal'] as const;
export type PasswordProblem = (typeof PASSWORD_PROBLEMS)[number];

export interface PasswordContext {
  /** Whether a lower-case text is a known common password. */
  readonly isCommon: (lowerCase: string) => boolean;
  /** The username, the person's name: none of their words of 4 letters or more may be in the password. */
  readonly personal: readonly string[];
}

const PROGRAM_WORDS = ['convivencia', 'tribunal', 'faltas'];

/** The password's core without digits and symbols around it: 'Password2024!' → 'password'. */
const core = (lower: string) => lower.replace(/^[\d\W_]+|[\d\W_]+$/gu, '');

/** One piece of up to 4 characters, repeated: 'holaholahola', 'aaaaaaaaaaaa', '121212121212'. */
const repeated = (text: string) => /^(.{1,4})\1+$/u.test(text);

const wordsOf = (text: string) =>
  searchKey(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length >= 4);

export function passwordProblem(password: string, context: PasswordContext): PasswordProblem | null {
  const text = password.normalize('NFC');
  const length = [...text].length;
  if (length < PASSWORD_MIN_LENGTH) return 'too_short';
  if (length > PASSWORD_MAX_LENGTH) return 'too_long';
  const lower = text.toLowerCase();
  if ([lower, core(lower)].some((candidate) => context.isCommon(candidate) || repeated(candidate))) return 'common';
  const words = [...context.personal.flatMap(wordsOf), ...PROGRAM_WORDS];
  const plain = searchKey(text); // 'María' and 'maria' are the same word here
  return words.some((word) => plain.includes(word)) ? 'personal' : null;
}
