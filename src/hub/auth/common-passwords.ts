// Runs in: Node. The common passwords a new password may not be (shared/auth/password-policy.ts): the ~49,000 of
// zxcvbn's list (passwords seen most in leaks; MIT, resources/auth/common-passwords.LICENSE.txt) and Spanish and
// Córdoba ones added by hand, lower case, shipped with the project — the hub never asks a service about a password.
import list from '../../../resources/auth/common-passwords.json' with { type: 'json' };
import type { PasswordContext } from '../../shared/auth/password-policy.ts';

const COMMON = new Set<string>(list);

export const isCommonPassword: PasswordContext['isCommon'] = (lowerCase) => COMMON.has(lowerCase);
