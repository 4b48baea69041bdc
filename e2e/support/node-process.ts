// Starts one of the project's real CLIs (tsx) as a child process and waits for the line that says it is ready.
import { spawn, type ChildProcess } from 'node:child_process';

export interface NodeProcess {
  /** The first capture group of the ready pattern (e.g. the URL it printed). */
  readonly ready: string;
  readonly child: ChildProcess;
  output(): string;
  stop(): Promise<void>;
}

export function startNodeProcess(script: string, args: string[], ready: RegExp, env: NodeJS.ProcessEnv = {}): Promise<NodeProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const stop = () =>
    new Promise<void>((done) => {
      if (child.exitCode !== null || child.signalCode !== null) return done();
      child.once('exit', () => done());
      child.kill('SIGTERM');
    });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${script} did not start:\n${output}`)), 60_000);
    child.on('exit', (code) => reject(new Error(`${script} exited with ${code}:\n${output}`)));
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const match = ready.exec(output);
      if (!match) return;
      clearTimeout(timer);
      resolve({ ready: match[1] ?? match[0], child, output: () => output, stop });
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
  });
}
