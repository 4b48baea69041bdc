// The hub store's forward-only, numbered migrations (same format and runner as the console cache's).
// Append only: never edit or reorder a migration that has shipped.
import type { Migration } from '../../../core/cache/migrations/index.ts';
import m0001 from './0001_accounts.ts';
import m0002 from './0002_units.ts';
import m0003 from './0003_change_log.ts';
import m0004 from './0004_mutations.ts';
import m0005 from './0005_records.ts';
import m0006 from './0006_records_for_every_kind.ts';
import m0007 from './0007_case_numbers.ts';
import m0008 from './0008_court_cases_v2.ts';
import m0009 from './0009_unit_tasks.ts';
import m0010 from './0010_administration.ts';
import m0011 from './0011_change_log_counter.ts';

export const HUB_MIGRATIONS: readonly Migration[] = [m0001, m0002, m0003, m0004, m0005, m0006, m0007, m0008, m0009, m0010, m0011];
