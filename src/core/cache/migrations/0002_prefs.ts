// User preferences (language, grid column state) and facts about the cache itself (e.g. demo seeded).
export default {
  version: 2,
  name: 'prefs_and_meta',
  up: `
    CREATE TABLE prefs (
      key        TEXT    PRIMARY KEY,
      value      TEXT    NOT NULL,
      updated_at INTEGER NOT NULL
    ) WITHOUT ROWID;
    CREATE TABLE cache_meta (
      key   TEXT PRIMARY KEY,
      value TEXT NOT NULL
    ) WITHOUT ROWID;
  `,
};
