// The «Nueva cuenta» form's rules: a username as the hub accepts it (USERNAME_PATTERN: lower case, no spaces), the
// person's name and a role — said field by field before anything is sent. The password is not typed: the hub
// generates it and answers it once.
import { ROLES, type Role } from '../../../../shared/auth/roles.ts';
import { USERNAME_PATTERN } from '../../../../shared/auth/username.ts';
import type { z } from 'zod';
import { MAX_DISPLAY_NAME, type CreateAccountRequestSchema } from '../../../../shared/hub-protocol/admin.ts';
import { isOneOf } from '../../../../shared/util/one-of.ts';
import type { Checked } from '../../../writes/use-checked-form.ts';

export interface AccountValues {
  readonly username: string;
  readonly displayName: string;
  /** '' until one is chosen: no role is offered by default. */
  readonly role: Role | '';
}
export type AccountField = keyof AccountValues;
export type AccountProblem = 'required' | 'username' | 'too_long';
export type CreateAccountRequest = z.infer<typeof CreateAccountRequestSchema>;

export const INITIAL_ACCOUNT: AccountValues = { username: '', displayName: '', role: '' };

export function checkAccount(values: AccountValues): Checked<AccountField, AccountProblem, CreateAccountRequest> {
  const username = values.username.trim();
  const displayName = values.displayName.trim();
  const problems: Partial<Record<AccountField, AccountProblem>> = {};
  if (!username) problems.username = 'required';
  else if (!USERNAME_PATTERN.test(username)) problems.username = 'username';
  if (!displayName) problems.displayName = 'required';
  else if (displayName.length > MAX_DISPLAY_NAME) problems.displayName = 'too_long';
  const { role } = values;
  if (!isOneOf(ROLES, role)) problems.role = 'required';
  if (Object.keys(problems).length > 0 || role === '') return { ok: false, problems };
  return { ok: true, mutation: { username, displayName, role } };
}
