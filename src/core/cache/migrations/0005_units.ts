// The console's copy of the hub's units (shared records, synced by seq) and their latest positions
// (telemetry, kept only as "latest"), plus where syncing stands: the hub it follows and the last seq applied.
export default {
  version: 5,
  name: 'units_and_sync_cursor',
  up: `
    CREATE TABLE units (
      id         TEXT    PRIMARY KEY,
      call_sign  TEXT    NOT NULL,
      kind       TEXT    NOT NULL,
      crew       TEXT    NOT NULL, -- JSON array of names
      status     TEXT    NOT NULL,
      assignment TEXT,
      version    INTEGER NOT NULL CHECK (version >= 1)
    ) WITHOUT ROWID;
    CREATE TABLE unit_positions (
      unit_id     TEXT    PRIMARY KEY,
      lat         REAL    NOT NULL,
      lng         REAL    NOT NULL,
      accuracy_m  REAL    NOT NULL,
      speed_kmh   REAL    NOT NULL,
      heading     REAL    NOT NULL,
      device_time INTEGER NOT NULL,
      received_at INTEGER NOT NULL
    ) WITHOUT ROWID;
    CREATE TABLE hub_sync (
      id          INTEGER PRIMARY KEY CHECK (id = 1),
      hub_url     TEXT    NOT NULL,
      last_seq    INTEGER NOT NULL CHECK (last_seq >= 0),
      data_as_of  INTEGER
    );
  `,
};
