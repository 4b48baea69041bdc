// The real browser-mode host (src/web/cli.ts) as a child process; its URL is read from what it prints.
import { startNodeProcess } from './node-process.ts';

export interface HostProcess {
  readonly url: string;
  stop(): Promise<void>;
}

export async function startHostProcess(args: string[], env: NodeJS.ProcessEnv = {}): Promise<HostProcess> {
  const host = await startNodeProcess('src/web/cli.ts', ['--port', '0', ...args], /(http:\/\/127\.0\.0\.1:\d+\/#k=[\w-]+)/, env);
  return { url: host.ready, stop: host.stop };
}
