// Runs in: Node. `npm run hub -- backup DIR` and `npm run hub -- restore FILE`, for the store the other commands use
// (--data-dir / HUB_DATA_DIR, --database / HUB_DATABASE_URL): the embedded SQLite file (backup/sqlite-backup.ts) or
// PostgreSQL through pg_dump and pg_restore (backup/postgres-backup.ts). A backup can be made while hubs run; a
// restore is refused while one does. Every refusal is a translated message and exit status 1 (2 for usage), with
// nothing half-written or half-replaced.
import { parseFlags } from '../../shared/cli/parse-flags.ts';
import { BackupRefusal } from '../backup/backup-refusal.ts';
import { backupPostgres, restorePostgres } from '../backup/postgres-backup.ts';
import { backupSqlite, restoreSqlite } from '../backup/sqlite-backup.ts';
import type { HubStoreLocation } from '../store/hub-store.ts';
import { DATABASE_FLAG, LANG_FLAG, storeLocation, storeUnavailable } from './hub-flags.ts';
import { USAGE_ERROR, type HubKey, type HubOutput } from './hub-output.ts';

const FLAGS = { 'data-dir': { kind: 'string' }, database: DATABASE_FLAG, lang: LANG_FLAG } as const;

/** The subject (a folder, a file) and where the store is; a usage error when the subject is missing. */
function commandLine(argv: readonly string[], out: HubOutput, missing: HubKey): [string, HubStoreLocation] {
  const [subject, ...rest] = argv;
  if (!subject || subject.startsWith('--')) return out.fail(missing, {}, USAGE_ERROR);
  const flags = out.parse('usage_hub', () => parseFlags(rest, FLAGS));
  return [subject, storeLocation(out, flags)];
}

/** A refusal is said as it is; anything else comes from opening the database (unreachable, no driver). */
function failed(out: HubOutput, location: HubStoreLocation, err: unknown): never {
  if (err instanceof BackupRefusal) return out.fail(err.key, err.params);
  return storeUnavailable(out, location, err);
}

export async function runBackupCommand(argv: readonly string[], out: HubOutput): Promise<void> {
  const [dir, location] = commandLine(argv, out, 'missing_backup_dir');
  try {
    const file = location.database ? await backupPostgres(location.database, dir) : await backupSqlite(location.dataDir, dir);
    out.say('backup_written', { file });
  } catch (err) {
    failed(out, location, err);
  }
}

export async function runRestoreCommand(argv: readonly string[], out: HubOutput): Promise<void> {
  const [file, location] = commandLine(argv, out, 'missing_backup_file');
  try {
    let keptAs: string | null = null;
    if (location.database) await restorePostgres(location.database, file);
    else ({ keptAs } = restoreSqlite(location.dataDir, file));
    out.say('restore_done', { file });
    if (keptAs) out.say('restore_kept', { file: keptAs });
  } catch (err) {
    failed(out, location, err);
  }
}
