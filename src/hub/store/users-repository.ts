// Runs in: Node. Console users: who they are, their role and their password secret; for administrators, a list
// with each account's live sessions and last login.
import type { Role } from '../../shared/auth/roles.ts';
import type { SqlDb } from './sql/sql-db.ts';
import type { PasswordSecret, ScryptParams } from '../auth/passwords.ts';

export interface StoredUser {
  readonly id: number;
  readonly username: string;
  readonly displayName: string;
  readonly role: Role;
  readonly disabled: boolean;
  readonly secret: PasswordSecret;
}

export interface NewUser {
  readonly username: string;
  readonly displayName: string;
  readonly role: Role;
  readonly secret: PasswordSecret;
}

/** An account as administrators see it: never its secret. */
export interface ListedUser {
  readonly username: string;
  readonly displayName: string;
  readonly role: Role;
  readonly disabled: boolean;
  readonly createdAt: number;
  /** Sessions not expired at `now`. */
  readonly sessions: number;
  readonly lastLoginAt: number | null;
}

interface UserRow {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  disabled: number;
  salt: Buffer;
  hash: Buffer;
  params: string;
}

/** Usernames are compared case-insensitively: "Despacho" and "despacho" are one account. */
export const normalizeUsername = (username: string): string => username.normalize('NFC').toLowerCase();

export class UsersRepository {
  constructor(private readonly db: SqlDb) {}

  count(): number {
    return this.db.value<number>('SELECT COUNT(*) FROM users')!;
  }

  /** Adds a user; false when the username is taken. */
  add(user: NewUser, now: number): boolean {
    const changes = this.db.run(
      `INSERT INTO users (username, display_name, role, password_salt, password_hash, password_params, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (username) DO NOTHING`,
      normalizeUsername(user.username),
      user.displayName,
      user.role,
      user.secret.salt,
      user.secret.hash,
      JSON.stringify(user.secret.params),
      now,
      now,
    );
    return changes === 1;
  }

  byUsername(username: string): StoredUser | undefined {
    const row = this.db.get<UserRow>(
      `SELECT id, username, display_name AS "displayName", role, disabled,
              password_salt AS salt, password_hash AS hash, password_params AS params
       FROM users WHERE username = ?`,
      normalizeUsername(username),
    );
    if (!row) return undefined;
    const { salt, hash, params, disabled, ...rest } = row;
    return { ...rest, disabled: disabled === 1, secret: { salt, hash, params: JSON.parse(params) as ScryptParams } };
  }

  /** Every account by username, with its sessions live at `now`. */
  list(now: number): ListedUser[] {
    const rows = this.db.all<Omit<ListedUser, 'disabled'> & { disabled: number }>(
      `SELECT u.username, u.display_name AS "displayName", u.role, u.disabled, u.created_at AS "createdAt",
              u.last_login_at AS "lastLoginAt",
              (SELECT COUNT(*) FROM sessions s WHERE s.user_id = u.id AND s.expires_at > ?) AS sessions
       FROM users u ORDER BY u.username`,
      now,
    );
    return rows.map((row) => ({ ...row, disabled: row.disabled === 1 }));
  }

  /** How many administrators can log in: the last one is never disabled. */
  enabledAdministrators(): number {
    return this.db.value<number>("SELECT COUNT(*) FROM users WHERE role = 'administrator' AND disabled = 0")!;
  }

  loggedIn(userId: number, now: number): void {
    this.db.run('UPDATE users SET last_login_at = ? WHERE id = ?', now, userId);
  }

  /** False when there is no such user. */
  setDisabled(username: string, disabled: boolean, now: number): boolean {
    return (
      this.db.run(
        'UPDATE users SET disabled = ?, updated_at = ? WHERE username = ?',
        disabled ? 1 : 0,
        now,
        normalizeUsername(username),
      ) === 1
    );
  }

  /** False when there is no such user. */
  setPassword(username: string, secret: PasswordSecret, now: number): boolean {
    const sql = 'UPDATE users SET password_salt = ?, password_hash = ?, password_params = ?, updated_at = ? WHERE username = ?';
    return this.db.run(sql, secret.salt, secret.hash, JSON.stringify(secret.params), now, normalizeUsername(username)) === 1;
  }
}
