// Issue 15, administration from the console: devices get an id an administrator can name (the token is only a
// hash, it cannot be shown), a label, who paired them and when they were revoked — a revoked device stays listed;
// accounts keep when they last logged in (their sessions are deleted when they expire or end); and the hub keeps a
// log of every administrative change (admin_log: who, what, on which account or device, and what else it took —
// never a secret). Devices paired before (the demo's) get a random id and their unit's call sign as their label.
// The SQLite-only functions stay here, in the migration: the repositories use portable SQL.
export default {
  version: 10,
  name: 'administration',
  up: `
    CREATE TABLE devices_next (
      id           TEXT    PRIMARY KEY,
      token_sha256 BLOB    NOT NULL UNIQUE,
      unit_id      TEXT    NOT NULL,
      label        TEXT    NOT NULL,
      created_at   INTEGER NOT NULL,
      created_by   TEXT,
      revoked_at   INTEGER
    ) WITHOUT ROWID;
    INSERT INTO devices_next (id, token_sha256, unit_id, label, created_at)
      SELECT 'dev-' || lower(hex(randomblob(8))), d.token_sha256, d.unit_id,
             substr(coalesce((SELECT json_extract(r.data, '$.callSign') FROM records AS r
                              WHERE r.entity = 'unit' AND r.id = d.unit_id), d.unit_id), 1, 80),
             d.created_at
      FROM devices AS d;
    DROP TABLE devices;
    ALTER TABLE devices_next RENAME TO devices;
    CREATE INDEX devices_unit ON devices (unit_id);

    ALTER TABLE users ADD COLUMN last_login_at INTEGER;
    UPDATE users SET last_login_at = (SELECT max(s.created_at) FROM sessions AS s WHERE s.user_id = users.id);

    CREATE TABLE admin_log (
      seq    INTEGER PRIMARY KEY,
      at     INTEGER NOT NULL,
      by     TEXT    NOT NULL,
      action TEXT    NOT NULL,
      target TEXT    NOT NULL,
      detail TEXT    NOT NULL CHECK (json_valid(detail))
    );
  `,
};
