// Patrol units (shared records, versioned), the field devices that report for them, and where they are:
// the latest position per unit plus a track history for replay (pruned past the retention setting).
//
// unit_tracks is the hot table (one row per accepted telemetry): WITHOUT ROWID with the key (unit, device time)
// keeps it to a single b-tree that serves both replay ("unit X between t1 and t2") and pruning, and it has no
// foreign key because the hub only accepts telemetry from a device of an existing unit anyway.
export default {
  version: 2,
  name: 'units',
  up: `
    CREATE TABLE units (
      id         TEXT    PRIMARY KEY,
      call_sign  TEXT    NOT NULL,
      kind       TEXT    NOT NULL,
      crew       TEXT    NOT NULL CHECK (json_valid(crew)),
      status     TEXT    NOT NULL,
      assignment TEXT,
      version    INTEGER NOT NULL CHECK (version >= 1),
      updated_at INTEGER NOT NULL
    ) WITHOUT ROWID;
    CREATE TABLE devices (
      token_sha256 BLOB    PRIMARY KEY,
      unit_id      TEXT    NOT NULL REFERENCES units (id),
      created_at   INTEGER NOT NULL
    ) WITHOUT ROWID;
    CREATE INDEX devices_unit ON devices (unit_id);
    CREATE TABLE unit_positions (
      unit_id     TEXT    PRIMARY KEY REFERENCES units (id),
      lat         REAL    NOT NULL,
      lng         REAL    NOT NULL,
      accuracy_m  REAL    NOT NULL,
      speed_kmh   REAL    NOT NULL,
      heading     REAL    NOT NULL,
      device_time INTEGER NOT NULL,
      received_at INTEGER NOT NULL
    ) WITHOUT ROWID;
    CREATE TABLE unit_tracks (
      unit_id     TEXT    NOT NULL,
      device_time INTEGER NOT NULL,
      lat         REAL    NOT NULL,
      lng         REAL    NOT NULL,
      speed_kmh   REAL    NOT NULL,
      heading     REAL    NOT NULL,
      PRIMARY KEY (unit_id, device_time)
    ) WITHOUT ROWID;
  `,
};
