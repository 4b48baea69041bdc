// Runs in: Node. Settings shared by the hub's commands: the data dir (flag, then HUB_DATA_DIR, then the per-user
// default), where the store is (the data dir's file, or --database / HUB_DATABASE_URL), the opening of the store with
// translated errors, and a hub address given with --hub.
import fs from 'node:fs';
import path from 'node:path';
import { CacheUnavailableError } from '../../core/cache/open.ts';
import { defaultDataDir } from '../../core/data-dir.ts';
import { isHubUrl } from '../../shared/api/session.ts';
import { isPostgresUrl, shownDatabaseUrl } from '../store/database-url.ts';
import { HUB_STORE_FILE, openHubStoreAt, type HubStore, type HubStoreLocation } from '../store/hub-store.ts';
import { PostgresDriverMissingError } from '../store/sql/postgres-db.ts';
import { USAGE_ERROR, type HubOutput } from './hub-output.ts';

export const LANG_FLAG = { kind: 'choice', choices: ['es-AR', 'en'] } as const;
export const DATABASE_FLAG = { kind: 'string', maxLength: 2048 } as const;

export function hubDataDir(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(flag ?? (env.HUB_DATA_DIR || path.join(defaultDataDir(env), 'hub')));
}

/** Where the store is: the PostgreSQL database of --database (or HUB_DATABASE_URL), else the data dir's file. */
export function storeLocation(
  out: HubOutput,
  flags: { readonly 'data-dir'?: string; readonly database?: string },
  env: NodeJS.ProcessEnv = process.env,
): HubStoreLocation {
  const dataDir = hubDataDir(flags['data-dir'], env);
  const database = flags.database ?? (env.HUB_DATABASE_URL || undefined);
  if (database === undefined) return { dataDir };
  if (!isPostgresUrl(database)) out.fail('bad_database_url', { value: shownDatabaseUrl(database) }, USAGE_ERROR);
  return { dataDir, database };
}

function reasonOf(err: unknown): CacheUnavailableError['reason'] | 'driver_missing' | 'unreachable' {
  if (err instanceof CacheUnavailableError) return err.reason;
  return err instanceof PostgresDriverMissingError ? 'driver_missing' : 'unreachable';
}

export function storeUnavailable(out: HubOutput, { dataDir, database }: HubStoreLocation, err: unknown): never {
  const reason = out.text(`reason_${reasonOf(err)}`);
  if (!database) return out.fail('store_unavailable', { file: path.join(dataDir, HUB_STORE_FILE), reason });
  const detail =
    err instanceof CacheUnavailableError || err instanceof PostgresDriverMissingError ? '' : String((err as Error).message ?? err).trim();
  return out.fail('database_unavailable', { database: shownDatabaseUrl(database), reason, detail: detail.slice(0, 300) });
}

export function openStoreOrExit(out: HubOutput, location: HubStoreLocation): HubStore {
  try {
    fs.mkdirSync(location.dataDir, { recursive: true, mode: 0o700 });
    return openHubStoreAt(location);
  } catch (err) {
    return storeUnavailable(out, location, err);
  }
}

/** A --hub address: http(s), with a host — or several hub processes, separated by commas; anything else is a usage error. */
export function checkHubUrl(out: HubOutput, url: string): string {
  if (!isHubUrl(url)) out.fail('bad_hub_url', { value: url.slice(0, 80) }, USAGE_ERROR);
  return url;
}
