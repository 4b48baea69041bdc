// Operations: the history coordinators browse. `seq` is the local row number (rowid alias): every
// secondary index carries it, so "ORDER BY <column>, seq" is served by a one-column index.
// Enum values are checked by the shared schemas, not by CHECK constraints, so that adding a status later
// does not force a table rebuild.
export default {
  version: 1,
  name: 'operations',
  up: `
    CREATE TABLE operations (
      seq            INTEGER PRIMARY KEY,
      id             TEXT    NOT NULL UNIQUE,
      type           TEXT    NOT NULL,
      status         TEXT    NOT NULL,
      barrio         TEXT    NOT NULL,
      lat            REAL    NOT NULL,
      lng            REAL    NOT NULL,
      address        TEXT    NOT NULL,
      address_search TEXT    NOT NULL,
      planned_start  INTEGER NOT NULL,
      planned_end    INTEGER NOT NULL CHECK (planned_end >= planned_start),
      shift          TEXT    NOT NULL,
      team           TEXT    NOT NULL,
      result_summary TEXT,
      created_at     INTEGER NOT NULL,
      updated_at     INTEGER NOT NULL,
      version        INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1)
    );
    CREATE INDEX operations_planned_start ON operations (planned_start);
    CREATE INDEX operations_planned_end   ON operations (planned_end);
    CREATE INDEX operations_type          ON operations (type, planned_start);
    CREATE INDEX operations_status        ON operations (status, planned_start);
    CREATE INDEX operations_shift         ON operations (shift, planned_start);
    CREATE INDEX operations_barrio        ON operations (barrio, planned_start);
    CREATE INDEX operations_address       ON operations (address);
    CREATE INDEX operations_team          ON operations (team);
    CREATE INDEX operations_updated_at    ON operations (updated_at);
  `,
};
