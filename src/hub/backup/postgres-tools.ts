// Runs in: Node. PostgreSQL's own programs (pg_dump, pg_restore), as the hub's backup commands run them.
//
// Which program: $PG_BIN if set; else the newest /usr/lib/postgresql/<N>/bin that has it (Debian's layout, where
// several versions may sit side by side and pg_dump must be at least the server's version); else the name alone,
// found through PATH. The connection: the database URL without its password, which goes in the child's PGPASSWORD —
// a command line is readable by every user of the machine (ps, /proc/<pid>/cmdline); a process's environment is not.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { BackupRefusal } from './backup-refusal.ts';

const DEBIAN_ROOT = '/usr/lib/postgresql';

/** The folder holding `tool`: $PG_BIN, else the newest Debian version that has it; null when neither does. */
export function postgresBinDir(tool: string, env: NodeJS.ProcessEnv = process.env, root = DEBIAN_ROOT): string | null {
  if (env.PG_BIN) return env.PG_BIN;
  const versions = fs.existsSync(root) ? fs.readdirSync(root).filter((v) => fs.existsSync(path.join(root, v, 'bin', tool))) : [];
  const newest = versions.sort((a, b) => Number(b) - Number(a))[0];
  return newest === undefined ? null : path.join(root, newest, 'bin');
}

export function postgresTool(tool: string, env: NodeJS.ProcessEnv = process.env): string {
  const dir = postgresBinDir(tool, env);
  return dir === null ? tool : path.join(dir, tool);
}

export interface ToolConnection {
  /** The database URL without a password: safe on a command line. */
  readonly url: string;
  /** The child's environment: the parent's, with PGPASSWORD when the URL carried a password. */
  readonly env: NodeJS.ProcessEnv;
}

/** libpq takes a password in the URL's user part or as ?password=…: either way it leaves the URL. */
export function toolConnection(databaseUrl: string, env: NodeJS.ProcessEnv = process.env): ToolConnection {
  const url = new URL(databaseUrl);
  const password = url.searchParams.get('password') ?? decodeURIComponent(url.password);
  url.password = '';
  url.searchParams.delete('password');
  return { url: url.href, env: password ? { ...env, PGPASSWORD: password } : { ...env } };
}

export interface ToolRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs a PostgreSQL program to its end; refused 'pg_tool_missing' when it is not installed. */
export function runTool(tool: string, args: readonly string[], env: NodeJS.ProcessEnv): Promise<ToolRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(postgresTool(tool, env), args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.on('error', (err: NodeJS.ErrnoException) => reject(err.code === 'ENOENT' ? new BackupRefusal('pg_tool_missing', { tool }) : err));
    child.on('close', (status) =>
      resolve({ status, stdout: Buffer.concat(stdout).toString('utf8'), stderr: Buffer.concat(stderr).toString('utf8') }),
    );
  });
}
