// The hub store's forward-only, numbered migrations on PostgreSQL (migrate-postgres.ts). Append only: never edit
// or reorder a migration that has shipped. Numbered on their own: 1 is the SQLite store's schema at its 11.
import type { Migration } from '../../../core/cache/migrations/index.ts';
import m0001 from './0001_hub_schema.ts';
import m0002 from './0002_cluster_attachments.ts';
import m0003 from './0003_tracks_by_time.ts';

export const HUB_POSTGRES_MIGRATIONS: readonly Migration[] = [m0001, m0002, m0003];
