// Operations become shared records the hub keeps, and consoles write through mutations. For each console
// (client id) the hub remembers the last client seq it decided and every result it gave, so a replayed push
// is answered with its original result instead of being applied twice.
export default {
  version: 4,
  name: 'operations_and_client_mutations',
  up: `
    ALTER TABLE changes ADD COLUMN origin TEXT CHECK (origin IS NULL OR json_valid(origin));
    CREATE TABLE operations (
      id         TEXT    PRIMARY KEY,
      version    INTEGER NOT NULL CHECK (version >= 1),
      data       TEXT    NOT NULL CHECK (json_valid(data)),
      updated_at INTEGER NOT NULL
    ) WITHOUT ROWID;
    CREATE TABLE client_cursors (
      client_id  TEXT    PRIMARY KEY,
      last_seq   INTEGER NOT NULL CHECK (last_seq >= 1),
      updated_at INTEGER NOT NULL
    ) WITHOUT ROWID;
    CREATE TABLE client_results (
      client_id   TEXT    NOT NULL,
      client_seq  INTEGER NOT NULL,
      mutation_id TEXT    NOT NULL,
      username    TEXT    NOT NULL,
      result      TEXT    NOT NULL CHECK (json_valid(result)),
      decided_at  INTEGER NOT NULL,
      PRIMARY KEY (client_id, client_seq)
    ) WITHOUT ROWID;
  `,
};
