// Runs in: Node (tests only). The hub's command-line scripts as child processes, run with tsx from the repository:
// in Spanish unless --lang says otherwise, and with no hub settings from the environment (HUB_DATA_DIR,
// HUB_DATABASE_URL, HUB_LOG_LEVEL…) but those a test gives.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

export interface CliRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export function startScript(script: string, args: readonly string[], env: NodeJS.ProcessEnv = {}): ChildProcessWithoutNullStreams {
  return spawn(process.execPath, ['--import', 'tsx', script, ...args], {
    cwd: ROOT,
    env: { ...process.env, LANG: '', LC_ALL: '', HUB_DATA_DIR: '', HUB_DATABASE_URL: '', HUB_LOG_LEVEL: '', ...env },
  });
}

/** Its exit status and everything it wrote, once it has ended. */
export function ended(child: ChildProcessWithoutNullStreams): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

/** `npm run hub -- …args` (without npm), to its end. */
export const hubCli = (...args: string[]): Promise<CliRun> => ended(startScript('src/hub/cli.ts', args));
