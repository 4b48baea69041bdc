// Free-text search on addresses without scanning a million rows: a trigram full-text index over the folded
// address (operations.address_search). External content: the index stores trigrams only, the text stays in
// operations; triggers keep both in step. detail='none' keeps it small (~30 MB per million rows) — we only ask
// "which rows contain these trigrams", and the exact substring is checked afterwards (see page-sql.ts).
export default {
  version: 3,
  name: 'address_search_index',
  up: `
    CREATE VIRTUAL TABLE operations_address_fts USING fts5(
      address_search, content = 'operations', content_rowid = 'seq', tokenize = 'trigram', detail = 'none'
    );
    CREATE TRIGGER operations_address_fts_insert AFTER INSERT ON operations BEGIN
      INSERT INTO operations_address_fts (rowid, address_search) VALUES (new.seq, new.address_search);
    END;
    CREATE TRIGGER operations_address_fts_delete AFTER DELETE ON operations BEGIN
      INSERT INTO operations_address_fts (operations_address_fts, rowid, address_search)
        VALUES ('delete', old.seq, old.address_search);
    END;
    CREATE TRIGGER operations_address_fts_update AFTER UPDATE OF address_search ON operations BEGIN
      INSERT INTO operations_address_fts (operations_address_fts, rowid, address_search)
        VALUES ('delete', old.seq, old.address_search);
      INSERT INTO operations_address_fts (rowid, address_search) VALUES (new.seq, new.address_search);
    END;
    INSERT INTO operations_address_fts (operations_address_fts) VALUES ('rebuild');
  `,
};
