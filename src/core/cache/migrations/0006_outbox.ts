// The write path (docs/ARCHITECTURE.md, "Local writes"): every change a person makes is applied to the cache
// and queued in the outbox in one transaction; the hub's answer drops it from there.
//
//   outbox     the mutations not yet decided by the hub, in client-seq order. AUTOINCREMENT: a client seq is
//              never handed out twice, even once the table has emptied (the hub keys its replay answers by it).
//              A mutation rolled back before it was sent stays, withdrawn: the hub needs every seq, in order.
//   confirmed  for a record with pending mutations, the latest version the hub confirmed (data NULL: the hub
//              does not have it). Server changes to such a record land here, not in the visible row; once
//              the last pending mutation is decided, this becomes the visible row again.
//   conflicts  mutations the hub refused, with both sides, until the person resolves them.
//
// Operations become hub records: the sync cursor is reset so that every console takes them from its hub.
export default {
  version: 6,
  name: 'outbox_and_conflicts',
  up: `
    ALTER TABLE operations ADD COLUMN cancel_reason TEXT;
    CREATE TABLE outbox (
      client_seq   INTEGER PRIMARY KEY AUTOINCREMENT,
      mutation_id  TEXT    NOT NULL UNIQUE,
      entity       TEXT    NOT NULL,
      record_id    TEXT    NOT NULL,
      base_version INTEGER NOT NULL CHECK (base_version >= 0),
      mutation     TEXT    NOT NULL CHECK (json_valid(mutation)),
      author       TEXT,
      made_at      INTEGER NOT NULL,
      withdrawn    INTEGER NOT NULL DEFAULT 0 CHECK (withdrawn IN (0, 1))
    );
    CREATE INDEX outbox_record ON outbox (entity, record_id);
    -- The pending count is shown after every write: kept by triggers, not counted (a backlog is 10,000s).
    CREATE TABLE outbox_count (id INTEGER PRIMARY KEY CHECK (id = 1), pending INTEGER NOT NULL CHECK (pending >= 0));
    INSERT INTO outbox_count VALUES (1, 0);
    CREATE TRIGGER outbox_count_insert AFTER INSERT ON outbox WHEN new.withdrawn = 0 BEGIN
      UPDATE outbox_count SET pending = pending + 1;
    END;
    CREATE TRIGGER outbox_count_delete AFTER DELETE ON outbox WHEN old.withdrawn = 0 BEGIN
      UPDATE outbox_count SET pending = pending - 1;
    END;
    CREATE TRIGGER outbox_count_withdraw AFTER UPDATE OF withdrawn ON outbox WHEN old.withdrawn = 0 AND new.withdrawn = 1 BEGIN
      UPDATE outbox_count SET pending = pending - 1;
    END;
    CREATE TABLE confirmed (
      entity    TEXT NOT NULL,
      record_id TEXT NOT NULL,
      data      TEXT CHECK (data IS NULL OR json_valid(data)),
      PRIMARY KEY (entity, record_id)
    ) WITHOUT ROWID;
    CREATE TABLE conflicts (
      id         INTEGER PRIMARY KEY,
      entity     TEXT    NOT NULL,
      record_id  TEXT    NOT NULL,
      reason     TEXT    NOT NULL,
      mutations  TEXT    NOT NULL CHECK (json_valid(mutations)),
      mine       TEXT    CHECK (mine IS NULL OR json_valid(mine)),
      theirs     TEXT    CHECK (theirs IS NULL OR json_valid(theirs)),
      created_at INTEGER NOT NULL
    );
    CREATE INDEX conflicts_record ON conflicts (entity, record_id);
    UPDATE hub_sync SET last_seq = 0;
  `,
};
