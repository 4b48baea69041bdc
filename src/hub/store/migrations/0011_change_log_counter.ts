// Issue 17, the hub on PostgreSQL: the change log's seq is taken from a one-row counter in the writer's own
// transaction (changes-repository.ts), the same SQL in both stores. On PostgreSQL the counter's row lock is what
// makes commit order equal seq order across hub processes; on SQLite (one writer at a time) it only replaces the
// AUTOINCREMENT bookkeeping the repository used to read.
export default {
  version: 11,
  name: 'change_log_counter',
  up: `
    CREATE TABLE change_log_seq (
      one  INTEGER PRIMARY KEY CHECK (one = 1),
      last INTEGER NOT NULL CHECK (last >= 0)
    );
    INSERT INTO change_log_seq (one, last)
      VALUES (1, max(coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'changes'), 0),
                     coalesce((SELECT max(seq) FROM changes), 0)));
  `,
};
