// Runs in: Node. Who makes an administrative change, and what it answers. The same service serves the console's
// administrators and the hub's CLI: an administrator is refused what would lock them out ('own_account') and is
// named in the log by username; the CLI (an operator with the data dir in hand) is logged as 'cli'.
import type { AdminAction, AdminLogEntry, AdminRefusal } from '../../shared/hub-protocol/admin.ts';
import type { HubStore } from '../store/hub-store.ts';

export type Actor =
  | { readonly kind: 'cli' }
  /** The session making the request: ending one's own sessions keeps it. */
  | { readonly kind: 'administrator'; readonly username: string; readonly sessionSha256: Buffer };

export const CLI_ACTOR: Actor = { kind: 'cli' };
/** The log's name for the CLI: no account may take it ('already_exists'), so the log never means two people. */
export const CLI_NAME = 'cli';

export type AdminOutcome<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: AdminRefusal };

export const done = <T>(value: T): AdminOutcome<T> => ({ ok: true, value });
export const refused = (error: AdminRefusal): AdminOutcome<never> => ({ ok: false, error });

/** Whether `username` is the administrator acting (never the CLI). */
export const isSelf = (actor: Actor, username: string): boolean => actor.kind === 'administrator' && actor.username === username;

/** Writes the change to the administration log; call it inside the change's transaction. */
export function logChange(
  store: HubStore,
  actor: Actor,
  action: AdminAction,
  target: string,
  detail: AdminLogEntry['detail'],
  at: number,
): void {
  store.adminLog.append({ at, by: actor.kind === 'cli' ? CLI_NAME : actor.username, action, target, detail });
}
