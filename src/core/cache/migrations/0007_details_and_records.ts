// Issue 5: an operation's reservations, timeline, result and findings (one JSON part, never filtered on), and
// one generic table for the other shared records the console caches — the roster's people and resources and the
// court cases (actas, notices) — keyed by entity and id, newest version wins.
export default {
  version: 7,
  name: 'operation_details_and_records',
  up: `
    ALTER TABLE operations ADD COLUMN details TEXT CHECK (details IS NULL OR json_valid(details));
    CREATE TABLE records (
      entity  TEXT    NOT NULL,
      id      TEXT    NOT NULL,
      version INTEGER NOT NULL CHECK (version >= 1),
      data    TEXT    NOT NULL CHECK (json_valid(data)),
      PRIMARY KEY (entity, id)
    ) WITHOUT ROWID;
    UPDATE hub_sync SET last_seq = 0;
  `,
};
