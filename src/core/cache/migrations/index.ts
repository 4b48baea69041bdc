// Forward-only, numbered migrations. Append only: never edit or reorder a migration that has shipped.
import m0001 from './0001_operations.ts';
import m0002 from './0002_prefs.ts';

export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly up: string;
}

export const MIGRATIONS: readonly Migration[] = [m0001, m0002];
export const LATEST_VERSION = MIGRATIONS.length;
