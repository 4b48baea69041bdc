// Runs in: Node. Username + password → a new session (and the account's last login, for administrators). Unknown
// users cost the same scrypt work as known ones, so response times do not reveal which usernames exist.
import type { LoginAnswer, LoginRequest } from '../../shared/hub-protocol/login.ts';
import type { HubStore } from '../store/hub-store.ts';
import { hashPassword, verifyPassword, type PasswordSecret } from './passwords.ts';
import { newToken, tokenHash } from './tokens.ts';

export const DEFAULT_SESSION_TTL_MS = 12 * 60 * 60 * 1000;

export type Login = (request: LoginRequest) => Promise<LoginAnswer | null>;

export function createLogin(store: HubStore, sessionTtlMs: number, now: () => number): Login {
  let decoy: Promise<PasswordSecret> | undefined;
  return async ({ username, password }) => {
    const user = store.users.byUsername(username);
    const secret = user?.secret ?? (await (decoy ??= hashPassword(newToken())));
    const matches = await verifyPassword(password, secret);
    if (!user || user.disabled || !matches) return null;
    const token = newToken();
    const issuedAt = now();
    const expiresAt = issuedAt + sessionTtlMs;
    store.transaction(() => {
      store.sessions.add(tokenHash(token), user.id, issuedAt, expiresAt);
      store.users.loggedIn(user.id, issuedAt);
    });
    return { token, expiresAt, user: { username: user.username, displayName: user.displayName, role: user.role } };
  };
}
