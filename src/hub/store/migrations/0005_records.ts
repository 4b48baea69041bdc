// The other shared records the hub keeps, in one generic table: the roster's people and resources, and the court
// cases (actas, notices) made when operations close. Stored as the JSON the protocol carries.
export default {
  version: 5,
  name: 'generic_records',
  up: `
    CREATE TABLE records (
      entity     TEXT    NOT NULL,
      id         TEXT    NOT NULL,
      version    INTEGER NOT NULL CHECK (version >= 1),
      data       TEXT    NOT NULL CHECK (json_valid(data)),
      updated_at INTEGER NOT NULL,
      PRIMARY KEY (entity, id)
    ) WITHOUT ROWID;
  `,
};
