// The change log consoles sync by: every accepted change to a shared record, numbered. AUTOINCREMENT (not a
// plain rowid) so that a seq is never handed out twice, even after old entries are compacted away.
export default {
  version: 3,
  name: 'change_log',
  up: `
    CREATE TABLE changes (
      seq    INTEGER PRIMARY KEY AUTOINCREMENT,
      at     INTEGER NOT NULL,
      entity TEXT    NOT NULL,
      id     TEXT    NOT NULL,
      data   TEXT    NOT NULL CHECK (json_valid(data))
    );
  `,
};
