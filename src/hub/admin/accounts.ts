// Runs in: Node. Managing console accounts, for the console's administrators ('admin.*' requests) and the hub's
// CLI (`user …`) alike: one implementation, each change and its log entry in one transaction.
//
// Disabling an account, resetting its password or ending its sessions deletes its sessions: its consoles are
// refused from their next request on. The hub's live side then disconnects them at once when the change came
// through it (admin-requests.ts), or at its periodic sweep when the CLI made it in another process.
//
// Refused: an administrator disabling their own account or resetting their own password ('own_account': it would
// end the session asking); disabling the last enabled administrator ('last_administrator': no one could manage the
// hub from a console any more). Ending one's own sessions ends the *other* ones and keeps the one asking.
import type { Role } from '../../shared/auth/roles.ts';
import type { EndedAnswer, PasswordAnswer } from '../../shared/hub-protocol/admin.ts';
import { generatePassword, hashPassword } from '../auth/passwords.ts';
import { updateDemoPassword } from '../demo/demo-credentials.ts';
import type { HubStore } from '../store/hub-store.ts';
import { normalizeUsername } from '../store/users-repository.ts';
import { CLI_NAME, done, isSelf, logChange, refused, type Actor, type AdminOutcome } from './actor.ts';

export interface NewAccount {
  readonly username: string;
  readonly displayName: string;
  readonly role: Role;
  /** Typed on the CLI (checked against the password policy there); generated when absent. */
  readonly password?: string;
}

export async function createAccount(
  store: HubStore,
  actor: Actor,
  account: NewAccount,
  now: number,
): Promise<AdminOutcome<PasswordAnswer>> {
  const username = normalizeUsername(account.username);
  // before the hashing; checked again below
  if (username === CLI_NAME || store.users.byUsername(username)) return refused('already_exists');
  const password = account.password ?? generatePassword();
  const secret = await hashPassword(password);
  const { displayName, role } = account;
  return store.transaction(() => {
    if (!store.users.add({ username, displayName, role, secret }, now)) return refused('already_exists');
    logChange(store, actor, 'account.create', username, { role, displayName }, now);
    return done({ username, password });
  });
}

export function setAccountDisabled(
  store: HubStore,
  actor: Actor,
  rawUsername: string,
  disabled: boolean,
  now: number,
): AdminOutcome<EndedAnswer> {
  const username = normalizeUsername(rawUsername);
  return store.transaction(() => {
    const user = store.users.byUsername(username);
    if (!user) return refused('not_found');
    if (disabled && isSelf(actor, username)) return refused('own_account');
    const lastAdministrator = user.role === 'administrator' && !user.disabled && store.users.enabledAdministrators() <= 1;
    if (disabled && lastAdministrator) return refused('last_administrator');
    store.users.setDisabled(username, disabled, now);
    const endedSessions = disabled ? store.sessions.revokeUser(username) : 0;
    logChange(store, actor, disabled ? 'account.disable' : 'account.enable', username, disabled ? { endedSessions } : {}, now);
    return done({ endedSessions });
  });
}

/** A new password (typed on the CLI, else generated); every session of the account ends. */
export async function resetAccountPassword(
  store: HubStore,
  actor: Actor,
  rawUsername: string,
  now: number,
  typed?: string,
): Promise<AdminOutcome<PasswordAnswer>> {
  const username = normalizeUsername(rawUsername);
  if (isSelf(actor, username)) return refused('own_account');
  if (!store.users.byUsername(username)) return refused('not_found'); // before the hashing; checked again below
  const password = typed ?? generatePassword();
  const secret = await hashPassword(password);
  const outcome = store.transaction(() => {
    if (!store.users.setPassword(username, secret, now)) return refused('not_found');
    const endedSessions = store.sessions.revokeUser(username);
    logChange(store, actor, 'account.reset_password', username, { endedSessions }, now);
    return done({ username, password });
  });
  if (outcome.ok) keepDemoFileTrue(store, username, password);
  return outcome;
}

export function endAccountSessions(store: HubStore, actor: Actor, rawUsername: string, now: number): AdminOutcome<EndedAnswer> {
  const username = normalizeUsername(rawUsername);
  return store.transaction(() => {
    if (!store.users.byUsername(username)) return refused('not_found');
    const keep = actor.kind === 'administrator' && actor.username === username ? actor.sessionSha256 : undefined;
    const endedSessions = store.sessions.revokeUser(username, keep);
    logChange(store, actor, 'account.end_sessions', username, { endedSessions }, now);
    return done({ endedSessions });
  });
}

/**
 * A demo account's password is also in the data dir's demo credentials (printed at every start, read by the
 * embedded console): the file follows the reset. It is a convenience: a file that cannot be written costs nothing else.
 */
function keepDemoFileTrue(store: HubStore, username: string, password: string): void {
  try {
    updateDemoPassword(store.dataDir, username, password);
  } catch {
    // the demo file is unreadable or read-only: the reset stands, the file is only stale
  }
}
