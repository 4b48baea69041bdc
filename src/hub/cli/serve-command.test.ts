// The hub's command line as an operator's service manager runs it: translated lines for people on stdout, its log
// as JSON lines on stderr at the level asked for (--log-level, HUB_LOG_LEVEL), a refused login logged without the
// password, and SIGTERM stopping it cleanly (exit 0, "hub stopped").
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from '../../core/test-support/temp-dir.ts';
import { startScript } from '../test-support/hub-cli.ts';

const running: ChildProcessWithoutNullStreams[] = [];
afterEach(() => {
  for (const child of running.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
});

interface Hub {
  readonly child: ChildProcessWithoutNullStreams;
  readonly url: string;
  readonly stdout: () => string;
  /** The JSON lines on stderr so far. */
  readonly log: () => { level: string; msg: string; [field: string]: unknown }[];
  readonly exited: Promise<number | null>;
}

function startHubCli(args: readonly string[], env: NodeJS.ProcessEnv = {}): Promise<Hub> {
  const child = startScript('src/hub/cli.ts', ['--port', '0', '--data-dir', tempDir('hub-serve-'), ...args], env);
  running.push(child);
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  const log = () =>
    stderr
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as { level: string; msg: string });
  return new Promise((resolve, reject) => {
    const listening = () => {
      const url = /escuchando en (\S+)/.exec(stdout)?.[1];
      if (!url || !stdout.includes('Ctrl+C')) return;
      child.stdout.off('data', listening);
      resolve({ child, url, stdout: () => stdout, log, exited });
    };
    child.stdout.on('data', listening);
    void exited.then((status) => reject(new Error(`the hub exited with ${status}: ${stderr}`)));
  });
}

const refusedLogin = (url: string) =>
  fetch(`${url}/api/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username: 'despacho', password: 'la clave equivocada' }),
  });

describe('npm run hub (serving)', () => {
  it('logs JSON lines on stderr: started, a refused login without its password, stopped on SIGTERM', async () => {
    const hub = await startHubCli(['--demo-units', '1']);
    expect(hub.stdout()).toContain('Cuentas de demostración');
    expect((await refusedLogin(hub.url)).status).toBe(401);
    hub.child.kill('SIGTERM');
    expect(await hub.exited).toBe(0);

    const log = hub.log();
    expect(log.map((line) => line.msg)).toEqual(['hub started', 'login refused', 'hub stopped']);
    expect(log[0]).toMatchObject({ level: 'info', url: hub.url, store: 'sqlite', time: expect.stringMatching(/^\d{4}-\d\d-\d\dT.*Z$/) });
    expect(log[1]).toEqual(expect.objectContaining({ level: 'warn', username: 'despacho', client: '127.0.0.1', reason: 'unauthorized' }));
    expect(JSON.stringify(log)).not.toContain('la clave equivocada');
  });

  it('takes the level from --log-level, else HUB_LOG_LEVEL', async () => {
    const quiet = await startHubCli(['--log-level', 'warn'], { HUB_LOG_LEVEL: 'debug' });
    await refusedLogin(quiet.url);
    quiet.child.kill('SIGTERM');
    expect(await quiet.exited).toBe(0);
    expect(quiet.log().map((line) => line.level)).toEqual(['warn']);

    const silent = await startHubCli([], { HUB_LOG_LEVEL: 'error' });
    silent.child.kill('SIGTERM');
    expect(await silent.exited).toBe(0);
    expect(silent.log()).toEqual([]);
  });

  it('refuses an unknown level with the usage', async () => {
    const hub = startHubCli(['--log-level', 'verbose']);
    await expect(hub).rejects.toThrow(/exited with 2: .*«verbose».*\n.*Uso: npm run hub/s);
  });
});
