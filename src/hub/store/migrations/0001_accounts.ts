// People who use the console, and their sessions. Passwords are scrypt hashes with a per-user salt; the scrypt
// cost parameters are stored beside each hash so that they can be raised later without invalidating old ones.
// Session tokens are stored only as their SHA-256: a copy of this file does not let anyone log in.
export default {
  version: 1,
  name: 'accounts',
  up: `
    CREATE TABLE users (
      id              INTEGER PRIMARY KEY,
      username        TEXT    NOT NULL UNIQUE,
      display_name    TEXT    NOT NULL,
      role            TEXT    NOT NULL,
      password_salt   BLOB    NOT NULL,
      password_hash   BLOB    NOT NULL,
      password_params TEXT    NOT NULL CHECK (json_valid(password_params)),
      disabled        INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
      created_at      INTEGER NOT NULL,
      updated_at      INTEGER NOT NULL
    );
    CREATE TABLE sessions (
      token_sha256 BLOB    PRIMARY KEY,
      user_id      INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
      created_at   INTEGER NOT NULL,
      expires_at   INTEGER NOT NULL
    ) WITHOUT ROWID;
    CREATE INDEX sessions_user    ON sessions (user_id);
    CREATE INDEX sessions_expires ON sessions (expires_at);
  `,
};
