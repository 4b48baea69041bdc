// Runs in: Node. Login sessions, by the SHA-256 of their token. A session counts only while it has not expired
// and its user is not disabled — checked in the same query, so disabling a user locks them out at once.
import type { Role } from '../../shared/auth/roles.ts';
import type { SqlDb } from './sql/sql-db.ts';
import { normalizeUsername } from './users-repository.ts';

export interface SessionUser {
  readonly userId: number;
  readonly username: string;
  readonly displayName: string;
  readonly role: Role;
  readonly expiresAt: number;
}

export class SessionsRepository {
  constructor(private readonly db: SqlDb) {}

  add(tokenSha256: Buffer, userId: number, now: number, expiresAt: number): void {
    this.db.run(
      'INSERT INTO sessions (token_sha256, user_id, created_at, expires_at) VALUES (?, ?, ?, ?)',
      tokenSha256,
      userId,
      now,
      expiresAt,
    );
  }

  /** The session's user, when the session is live. */
  find(tokenSha256: Buffer, now: number): SessionUser | undefined {
    return this.db.get<SessionUser>(
      `SELECT u.id AS "userId", u.username, u.display_name AS "displayName", u.role, s.expires_at AS "expiresAt"
       FROM sessions s JOIN users u ON u.id = s.user_id
       WHERE s.token_sha256 = ? AND s.expires_at > ? AND u.disabled = 0`,
      tokenSha256,
      now,
    );
  }

  /** Ends every session of a user (disabled, the password reset, ended by an administrator) but `keep`'s. */
  revokeUser(username: string, keep?: Buffer): number {
    const user = '(SELECT id FROM users WHERE username = ?)';
    return keep
      ? this.db.run(`DELETE FROM sessions WHERE user_id = ${user} AND token_sha256 <> ?`, normalizeUsername(username), keep)
      : this.db.run(`DELETE FROM sessions WHERE user_id = ${user}`, normalizeUsername(username));
  }

  deleteExpired(now: number): number {
    return this.db.run('DELETE FROM sessions WHERE expires_at <= ?', now);
  }
}
