// Issue 11, the court desk. The court's audit chains (src/shared/audit) as consoles of the court roles receive
// them: a table of their own with one column per field, so that verifying a few hundred thousand entries reads
// rows, not JSON; the id is `<case>#<n>`, so the primary key walks every chain in order. The hearing record as it
// is typed, one draft per hearing, so that nothing typed during a hearing is lost to a crash or a closed window.
// And the hearings by start and by case, for a court's day or week out of a year of them and a case's own.
export default {
  version: 9,
  name: 'court_desk',
  up: `
    CREATE TABLE audit_entries (
      id             TEXT    PRIMARY KEY,
      case_id        TEXT    NOT NULL,
      n              INTEGER NOT NULL CHECK (n >= 1),
      change_seq     INTEGER NOT NULL,
      at             INTEGER NOT NULL,
      by             TEXT,
      client_id      TEXT,
      entity         TEXT    NOT NULL,
      record_id      TEXT    NOT NULL,
      record_version INTEGER NOT NULL,
      action         TEXT    NOT NULL,
      data_sha256    TEXT    NOT NULL,
      prev_hash      TEXT    NOT NULL,
      hash           TEXT    NOT NULL
    ) WITHOUT ROWID;
    CREATE TABLE hearing_drafts (
      hearing_id TEXT    PRIMARY KEY,
      draft      TEXT    NOT NULL CHECK (json_valid(draft)),
      saved_at   INTEGER NOT NULL
    ) WITHOUT ROWID;
    CREATE INDEX records_hearing_start ON records (json_extract(data, '$.start')) WHERE entity = 'hearing';
    CREATE INDEX records_hearing_case ON records (json_extract(data, '$.caseId')) WHERE entity = 'hearing';
  `,
};
