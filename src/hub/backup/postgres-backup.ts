// Runs in: Node. Backup and restore of a PostgreSQL store with PostgreSQL's own programs (postgres-tools.ts):
//
//   backup  ─► pg_dump -Fc (one consistent snapshot; running hubs keep writing) into DIR/hub-….dump.partial (0600)
//              ─► pg_restore --list reads it back and finds the hub's schema_migrations ─► renamed to its name.
//   restore ─► pg_restore --list: a custom-format dump ─► its schema_migrations rows: a hub store of a version this
//              hub knows (store-identity.ts) ─► the database: no hub connected to it, its schema not newer than the
//              dump's ─► pg_restore --clean --if-exists --single-transaction: every table of the dump dropped and
//              made again in one transaction, so a failure leaves the database as it was. --no-owner and
//              --no-privileges: the dump may come from a server where the hub's role has another name.
import fs from 'node:fs';
import path from 'node:path';
import { postgresSchemaVersion } from '../store/migrate-postgres.ts';
import { HUB_POSTGRES_MIGRATIONS } from '../store/migrations-postgres/index.ts';
import { shownDatabaseUrl } from '../store/database-url.ts';
import { openPostgresDb, POSTGRES_APPLICATION_NAME } from '../store/sql/postgres-db.ts';
import { backupName } from './backup-name.ts';
import { existingFile, privateFile, removeQuietly, writableDir } from './backup-files.ts';
import { BackupRefusal, detailOf } from './backup-refusal.ts';
import { runTool, toolConnection, type ToolRun } from './postgres-tools.ts';
import { storeIdentity, type RecordedMigration } from './store-identity.ts';

/** What a program said when it failed: its stderr on one line, short. */
function failure(run: ToolRun): string {
  const said = run.stderr.replace(/\s+/g, ' ').trim();
  return (said || `exit status ${run.status}`).slice(0, 300);
}

export async function backupPostgres(database: string, dir: string, now = Date.now()): Promise<string> {
  writableDir(dir);
  const target = path.join(path.resolve(dir), backupName(now, 'dump'));
  if (fs.existsSync(target)) throw new BackupRefusal('backup_exists', { file: target });
  const partial = `${target}.partial`;
  const { url, env } = toolConnection(database);
  removeQuietly(partial); // a crashed run's
  try {
    privateFile(partial);
    const dump = await runTool('pg_dump', ['--format=custom', '--no-password', `--file=${partial}`, `--dbname=${url}`], env);
    if (dump.status !== 0) throw new BackupRefusal('backup_failed', { detail: failure(dump) });
    const list = await runTool('pg_restore', ['--list', partial], env);
    if (list.status !== 0 || !/ TABLE public schema_migrations /.test(list.stdout))
      throw new BackupRefusal('backup_check_failed', { detail: failure(list) });
    fs.renameSync(partial, target);
    return target;
  } catch (err) {
    removeQuietly(partial);
    throw err instanceof BackupRefusal ? err : new BackupRefusal('backup_failed', { detail: detailOf(err) });
  }
}

/** The rows of `COPY …schema_migrations (columns) FROM stdin;` in pg_restore's SQL output. */
export function copiedMigrations(sql: string): RecordedMigration[] {
  const lines = sql.split('\n');
  const start = lines.findIndex((line) => /^COPY (?:\S+\.)?schema_migrations \(.*\) FROM stdin;$/.test(line));
  if (start < 0) return [];
  const columns = /\((.*)\)/
    .exec(lines[start]!)![1]!
    .split(',')
    .map((column) => column.trim());
  const [version, name] = [columns.indexOf('version'), columns.indexOf('name')];
  const rows: RecordedMigration[] = [];
  for (const line of lines.slice(start + 1)) {
    if (line === '\\.') break;
    const values = line.split('\t');
    rows.push({ version: Number(values[version]), name: values[name] ?? '' });
  }
  return rows;
}

/** Refused unless no hub is connected to the database and its schema is not newer than the dump's (`version`). */
function checkDatabase(database: string, version: number): void {
  const db = openPostgresDb(database);
  try {
    const hubs = db.value<number>(
      'SELECT COUNT(*) FROM pg_stat_activity WHERE datname = current_database() AND application_name = ? AND pid <> pg_backend_pid()',
      POSTGRES_APPLICATION_NAME,
    )!;
    const shown = shownDatabaseUrl(database);
    if (hubs > 0) throw new BackupRefusal('restore_hub_running_pg', { count: hubs, database: shown });
    const current = postgresSchemaVersion(db);
    if (current > version) throw new BackupRefusal('restore_older_than_database', { database: shown, current, version });
  } finally {
    db.close();
  }
}

/** Restores `file` into `database`. Errors other than a BackupRefusal are the database's (unreachable, no driver). */
export async function restorePostgres(database: string, file: string): Promise<void> {
  existingFile(file);
  const { url, env } = toolConnection(database);
  const list = await runTool('pg_restore', ['--list', file], env);
  if (list.status !== 0) throw new BackupRefusal('restore_not_a_dump', { file });
  const data = await runTool('pg_restore', ['--data-only', '--table=schema_migrations', '--file=-', file], env);
  const identity = storeIdentity(data.status === 0 ? copiedMigrations(data.stdout) : [], HUB_POSTGRES_MIGRATIONS);
  if (identity.kind === 'foreign') throw new BackupRefusal('restore_foreign', { file });
  if (identity.kind === 'too_new')
    throw new BackupRefusal('restore_too_new', { file, version: identity.version, known: HUB_POSTGRES_MIGRATIONS.length });
  checkDatabase(database, identity.version);
  const args = ['--clean', '--if-exists', '--single-transaction', '--exit-on-error', '--no-owner', '--no-privileges', '--no-password'];
  const restore = await runTool('pg_restore', [...args, `--dbname=${url}`, file], env);
  if (restore.status !== 0) throw new BackupRefusal('restore_failed', { detail: failure(restore) });
}
