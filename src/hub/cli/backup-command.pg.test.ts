// `npm run hub -- backup DIR` / `restore FILE` on PostgreSQL, on the run's throwaway cluster: pg_dump while a hub
// and its devices write, pg_restore into an empty database (every table equal), over a newer state of the same
// database (back to the backup's snapshot), and the refusals: a hub connected, a file that is not a dump, the dump
// of a database that is not a hub's.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../core/test-support/temp-dir.ts';
import { openPostgresDb } from '../store/sql/postgres-db.ts';
import { hubCli, type CliRun } from '../test-support/hub-cli.ts';
import { sleep } from '../test-support/hub-clients.ts';
import { keepReporting } from '../test-support/reporting-devices.ts';
import { healthOf, startedHub } from '../test-support/started-hubs.ts';
import { testStore } from '../test-support/test-store.ts';

/** A new, empty database on the run's cluster (test-store.ts makes one per data dir); its URL. */
const newDatabase = () => testStore(tempDir('hub-pg-db-')).database!;

/** A digest of every table of the database's public schema, by table. */
function tablesOf(database: string): Record<string, string> {
  const db = openPostgresDb(database);
  try {
    const tables = db.column<string>("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename");
    return Object.fromEntries(
      tables.map((table) => [
        table,
        db.value<string>(`SELECT md5(COALESCE(string_agg(t::text, '|' ORDER BY t::text), '')) FROM "${table}" t`)!,
      ]),
    );
  } finally {
    db.close();
  }
}

const seqOf = (database: string) => {
  const db = openPostgresDb(database);
  try {
    return db.get<{ last: number; changes: number; highest: number }>(
      'SELECT (SELECT last FROM change_log_seq) AS last, COUNT(*) AS changes, MAX(seq) AS highest FROM changes',
    )!;
  } finally {
    db.close();
  }
};

const written = (run: CliRun) => {
  expect(run).toMatchObject({ status: 0, stderr: '' });
  return /guardada y comprobada: (\S+)/.exec(run.stdout)![1]!;
};

describe('npm run hub -- backup / restore (PostgreSQL)', () => {
  it('dumps while a hub writes, restores into an empty database and over a newer state', async () => {
    const source = newDatabase();
    const backups = tempDir('hub-pg-backups-');
    const hub = await startedHub({ dataDir: tempDir('hub-pg-'), database: source, demoUnits: 3, demoOperations: 500 });
    const load = keepReporting(hub);
    await sleep(500);
    const during = written(await hubCli('backup', backups, '--database', source));
    expect(path.basename(during)).toMatch(/^hub-\d{8}-\d{6}\.dump$/);
    expect(fs.statSync(during).mode & 0o777).toBe(0o600);
    await sleep(300);
    expect(await load.stop()).toBeGreaterThan(20);

    const connected = await hubCli('restore', during, '--database', source);
    expect(connected.status).toBe(1);
    expect(connected.stderr).toMatch(/^Hay \d+ conexiones de hubs abiertas a la base postgres:\/\/.*: detenga todos los hubs/);

    await hub.close();
    await sleep(1_100); // the next backup's name is a second later
    const after = written(await hubCli('backup', backups, '--database', source));
    expect(fs.readdirSync(backups).sort()).toEqual([path.basename(during), path.basename(after)].sort());

    const empty = newDatabase();
    expect(await hubCli('restore', after, '--database', empty)).toMatchObject({ status: 0, stderr: '' });
    expect(tablesOf(empty)).toEqual(tablesOf(source));

    const newer = seqOf(source);
    const restored = await hubCli('restore', during, '--database', source);
    expect(restored).toEqual({ status: 0, stdout: `Almacén del hub restaurado desde ${during}.\n`, stderr: '' });
    const snapshot = seqOf(source);
    expect(snapshot.last).toBeLessThan(newer.last);
    expect([snapshot.changes, snapshot.highest]).toEqual([snapshot.last, snapshot.last]); // one consistent snapshot

    const again = await startedHub({ dataDir: tempDir('hub-pg-'), database: empty });
    expect((await healthOf(again)).body).toEqual({ status: 'ok', seq: newer.last, store: 'postgres' });
  });

  it('refuses a file that is not a dump, and the dump of a database that is not a hub', async () => {
    const dir = tempDir('hub-pg-odd-');
    const notADump = path.join(dir, 'hub-20260301-120000.dump');
    fs.writeFileSync(notADump, 'PGDMP? no.');
    const other = newDatabase();
    const db = openPostgresDb(other);
    db.exec(
      'CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL); INSERT INTO schema_migrations VALUES (1, $$operations$$)',
    );
    db.close();
    const foreign = written(await hubCli('backup', dir, '--database', other));
    const target = newDatabase();
    const before = tablesOf(target);

    const [garbage, alien] = [
      await hubCli('restore', notADump, '--database', target),
      await hubCli('restore', foreign, '--database', target, '--lang', 'en'),
    ];
    expect(garbage).toEqual({
      status: 1,
      stdout: '',
      stderr: `El archivo ${notADump} no es una copia de pg_dump en formato personalizado (-Fc). No se cambió nada.\n`,
    });
    expect(alien).toEqual({
      status: 1,
      stdout: '',
      stderr: `The file ${foreign} is not a backup of a hub's store (is it a console's cache?). Nothing was changed.\n`,
    });
    expect(tablesOf(target)).toEqual(before);
  });
});
