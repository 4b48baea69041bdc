// Forward-only, numbered migrations. Append only: never edit or reorder a migration that has shipped.
import m0001 from './0001_operations.ts';
import m0002 from './0002_prefs.ts';
import m0003 from './0003_address_search_index.ts';
import m0004 from './0004_operations_facets_index.ts';
import m0005 from './0005_units.ts';
import m0006 from './0006_outbox.ts';
import m0007 from './0007_details_and_records.ts';
import m0008 from './0008_court_cases_v2.ts';
import m0009 from './0009_court_desk.ts';
import m0010 from './0010_unit_tasks_and_incidents.ts';
import m0011 from './0011_insight_facts.ts';
import m0012 from './0012_case_span_classes.ts';

export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly up: string;
}

export const MIGRATIONS: readonly Migration[] = [m0001, m0002, m0003, m0004, m0005, m0006, m0007, m0008, m0009, m0010, m0011, m0012];
export const LATEST_VERSION = MIGRATIONS.length;
