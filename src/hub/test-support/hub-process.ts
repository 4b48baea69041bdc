// Runs in: Node (tests and benchmarks). A real hub as a child process (its CLI), on a port chosen here so that it
// can be killed and started again on the same address and data, as an operator restarting it would.
import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';

export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** `npm run hub -- --port P --data-dir D …extra`; resolves once it answers HTTP. */
export async function startHubProcess(dataDir: string, port: number, extra: readonly string[], timeoutMs = 60_000): Promise<ChildProcess> {
  const cli = path.resolve('src/hub/cli.ts');
  const child = spawn(process.execPath, ['--import', 'tsx', cli, '--port', String(port), '--data-dir', dataDir, ...extra], {
    stdio: 'ignore',
  });
  const deadline = Date.now() + timeoutMs;
  const up = () =>
    fetch(`http://127.0.0.1:${port}/api/login`, { method: 'POST', body: '{}' }).then(
      () => true,
      () => false,
    );
  while (!(await up())) {
    if (child.exitCode !== null) throw new Error(`the hub exited with ${child.exitCode}`);
    if (Date.now() > deadline) throw new Error('the hub did not start in time');
    await new Promise((r) => setTimeout(r, 50));
  }
  return child;
}

/** Stops the hub: SIGKILL (a crash) or SIGTERM (an orderly stop); resolves once it has exited. */
export const stopHubProcess = (child: ChildProcess, signal: 'SIGKILL' | 'SIGTERM'): Promise<void> =>
  new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill(signal);
  });
