// Runs in: Node. Every table of a migrated cache, by where its rows come from — what a first sync's bulk load
// (core/sync/bulk) does with it when it builds a new cache file and puts it in place of this one:
//
//   hub      the hub's records and the sync cursor: paged into the new file (their indexes and triggers dropped
//            meanwhile and rebuilt once at the end), never copied from the old one
//   derived  filled from other tables by triggers or a rebuild (address search, Indicadores facts, the outbox
//            count, the verdict rules judged from the settings): rebuilt in the new file, never copied
//   local    this console's own: copied from the old file into the new one at the swap (the outbox and its
//            conflicts, preferences, drafts, the client id, the live board's latest positions)
//
// A migration that adds a table must classify it here: cache-tables.test.ts fails on a table nobody classified.
export type TableOrigin = 'hub' | 'derived' | 'local';

export const CACHE_TABLES: Readonly<Record<string, TableOrigin>> = {
  operations: 'hub',
  records: 'hub',
  units: 'hub',
  audit_entries: 'hub',
  hub_sync: 'hub',

  operations_address_fts: 'derived',
  operations_address_fts_config: 'derived',
  operations_address_fts_content: 'derived',
  operations_address_fts_data: 'derived',
  operations_address_fts_docsize: 'derived',
  operations_address_fts_idx: 'derived',
  outbox_count: 'derived',
  insight_alcohol_rules: 'derived',
  insight_noise_rules: 'derived',
  insight_operations: 'derived',
  insight_operation_days: 'derived',
  insight_operation_barrio_days: 'derived',
  insight_findings: 'derived',
  insight_notices: 'derived',
  insight_incidents: 'derived',
  insight_complaints: 'derived',
  insight_cases: 'derived',
  insight_case_spans: 'derived',
  schema_migrations: 'derived',

  cache_meta: 'local',
  prefs: 'local',
  outbox: 'local',
  confirmed: 'local',
  conflicts: 'local',
  hearing_drafts: 'local',
  unit_positions: 'local',
};

export const tablesFrom = (origin: TableOrigin): string[] =>
  Object.entries(CACHE_TABLES)
    .filter(([, from]) => from === origin)
    .map(([table]) => table);
