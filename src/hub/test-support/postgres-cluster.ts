// Runs in: Node (tests and benchmarks only). A throwaway PostgreSQL cluster from Debian's server binaries: initdb in
// a temp dir, started on a free loopback port with its socket in that dir, torn down (files and all) by stop().
// Durability is switched off (fsync, synchronous_commit): a test cluster never survives a crash, and the tests of
// what survives a hub's crash kill the hub, not the database.
//
// PostgreSQL refuses to run as root; as root (CI containers) the cluster runs as Debian's `postgres` user.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { postgresBinDir } from '../backup/postgres-tools.ts';
import { freePort } from './hub-process.ts';

export interface PostgresCluster {
  /** The superuser's URL of the cluster's default database. */
  readonly url: string;
  /** The URL of database `name` on this cluster (created by createDatabase). */
  urlOf(name: string): string;
  stop(): void;
}

const SUPERUSER = 'hub';

/** Where Debian keeps the server binaries (postgresql-NN): the newest installed, or $PG_BIN. */
export function postgresBin(env: NodeJS.ProcessEnv = process.env): string {
  const dir = postgresBinDir('initdb', env);
  if (!dir) throw new Error('PostgreSQL server binaries not found: apt-get install postgresql (or set PG_BIN)');
  return dir;
}

const asRoot = process.getuid?.() === 0;

function run(bin: string, args: string[]): void {
  const [command, argv] = asRoot ? ['runuser', ['-u', 'postgres', '--', bin, ...args]] : [bin, args];
  const result = spawnSync(command, argv, { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${path.basename(bin)} failed (${result.status}): ${result.stderr || result.stdout}`);
}

export async function startPostgresCluster(): Promise<PostgresCluster> {
  const bin = postgresBin();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'convivencia-pg-'));
  if (asRoot) execFileSync('chown', ['postgres', dir]);
  const data = path.join(dir, 'data');
  run(path.join(bin, 'initdb'), ['-D', data, '-A', 'trust', '-U', SUPERUSER, '-E', 'UTF8', '--locale', 'C', '--no-sync']);
  const port = await freePort();
  const settings = ['-p', String(port), '-k', dir, '-c', 'listen_addresses=127.0.0.1', '-c', 'fsync=off'];
  settings.push('-c', 'synchronous_commit=off', '-c', 'full_page_writes=off', '-c', 'max_connections=200');
  run(path.join(bin, 'pg_ctl'), ['-D', data, '-o', settings.join(' '), '-l', path.join(dir, 'server.log'), '-w', 'start']);
  const urlOf = (name: string) => `postgres://${SUPERUSER}@127.0.0.1:${port}/${name}`;
  let stopped = false;
  return {
    url: urlOf('postgres'),
    urlOf,
    stop() {
      if (stopped) return;
      stopped = true;
      run(path.join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', '-w', 'stop']);
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
