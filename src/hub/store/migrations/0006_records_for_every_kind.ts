// Every record kind in the one records table (docs/ARCHITECTURE.md, "Adding a record kind"): operations and units
// move in, so the hub stores, pages and applies every kind the same way and a new kind needs no table. Units are
// stored as the JSON the protocol carries. The devices and positions tables referred to units by foreign key; they
// are rebuilt without it: a record is not a row a foreign key can name (devices are paired with unit records
// when they are made: the demo seeding pairs each with its own unit).
export default {
  version: 6,
  name: 'records_for_every_kind',
  up: `
    INSERT INTO records (entity, id, version, data, updated_at)
      SELECT 'operation', id, version, data, updated_at FROM operations;
    INSERT INTO records (entity, id, version, data, updated_at)
      SELECT 'unit', id, version,
        json_object('id', id, 'callSign', call_sign, 'kind', kind, 'crew', json(crew), 'status', status,
          'assignment', assignment, 'version', version),
        updated_at
      FROM units;
    CREATE TABLE devices_next (
      token_sha256 BLOB    PRIMARY KEY,
      unit_id      TEXT    NOT NULL,
      created_at   INTEGER NOT NULL
    ) WITHOUT ROWID;
    INSERT INTO devices_next SELECT token_sha256, unit_id, created_at FROM devices;
    DROP TABLE devices;
    ALTER TABLE devices_next RENAME TO devices;
    CREATE INDEX devices_unit ON devices (unit_id);
    CREATE TABLE unit_positions_next (
      unit_id     TEXT    PRIMARY KEY,
      lat         REAL    NOT NULL,
      lng         REAL    NOT NULL,
      accuracy_m  REAL    NOT NULL,
      speed_kmh   REAL    NOT NULL,
      heading     REAL    NOT NULL,
      device_time INTEGER NOT NULL,
      received_at INTEGER NOT NULL
    ) WITHOUT ROWID;
    INSERT INTO unit_positions_next SELECT unit_id, lat, lng, accuracy_m, speed_kmh, heading, device_time, received_at FROM unit_positions;
    DROP TABLE unit_positions;
    ALTER TABLE unit_positions_next RENAME TO unit_positions;
    DROP TABLE operations;
    DROP TABLE units;
  `,
};
