// Runs in: Node. Whether a file or dump about to replace the hub's store is one this hub can open, decided from
// its schema_migrations rows alone: every (version, name) recorded must be this hub's migration of that number —
// so a console's cache (which has a schema_migrations table of its own, other names) or any other database is
// refused — and none may be newer than this hub knows (the hub would refuse to open it). Older is fine: the hub
// migrates it when it starts.
import type { Migration } from '../../core/cache/migrations/index.ts';

export interface RecordedMigration {
  readonly version: number;
  readonly name: string;
}

export type StoreIdentity =
  | { readonly kind: 'hub'; readonly version: number }
  | { readonly kind: 'too_new'; readonly version: number }
  | { readonly kind: 'foreign' };

export function storeIdentity(recorded: readonly RecordedMigration[], migrations: readonly Migration[]): StoreIdentity {
  if (recorded.length === 0) return { kind: 'foreign' };
  const version = Math.max(...recorded.map((row) => row.version));
  const known = (row: RecordedMigration) => migrations.some((m) => m.version === row.version && m.name === row.name);
  if (recorded.some((row) => row.version <= migrations.length && !known(row))) return { kind: 'foreign' };
  return version > migrations.length ? { kind: 'too_new', version } : { kind: 'hub', version };
}
