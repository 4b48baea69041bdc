// Issue 11, the court desk. The court's audit chains (src/shared/audit) as consoles of the court roles receive
// them: each entry as the text its hash is taken over (its fields one per line) and that hash, so that checking a
// few hundred thousand entries reads two strings a row and hashes the first; the id is `<case>#<n>`, so the
// primary key walks every chain in order (the record id beside it: the check keeps each record's last entry). The hearing record as it
// is typed, one draft per hearing, so that nothing typed during a hearing is lost to a crash or a closed window.
// And the hearings by start and by case, for a court's day or week out of a year of them and a case's own.
export default {
  version: 9,
  name: 'court_desk',
  up: `
    CREATE TABLE audit_entries (
      id        TEXT PRIMARY KEY,
      record_id TEXT NOT NULL,
      text      TEXT NOT NULL,
      hash      TEXT NOT NULL
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
