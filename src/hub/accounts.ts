// Runs in: Node. Managing console users (the hub CLI's `user` commands). Disabling a user or resetting their
// password also ends their sessions: consoles logged in as them are refused from their next request on, and
// disconnected by the hub's periodic sweep.
import type { Role } from '../shared/auth/roles.ts';
import { hashPassword } from './auth/passwords.ts';
import type { HubStore } from './store/hub-store.ts';

export interface NewAccount {
  readonly username: string;
  readonly displayName: string;
  readonly role: Role;
  readonly password: string;
}

/** False when the username is taken. */
export async function addUser(store: HubStore, account: NewAccount, now: number): Promise<boolean> {
  const secret = await hashPassword(account.password);
  return store.users.add({ ...account, secret }, now);
}

/** False when there is no such user. */
export function setUserDisabled(store: HubStore, username: string, disabled: boolean, now: number): boolean {
  return store.transaction(() => {
    const found = store.users.setDisabled(username, disabled, now);
    if (found && disabled) store.sessions.revokeUser(username);
    return found;
  });
}

/** False when there is no such user. */
export async function resetPassword(store: HubStore, username: string, password: string, now: number): Promise<boolean> {
  const secret = await hashPassword(password);
  return store.transaction(() => {
    const found = store.users.setPassword(username, secret, now);
    if (found) store.sessions.revokeUser(username);
    return found;
  });
}
