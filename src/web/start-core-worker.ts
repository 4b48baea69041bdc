// Runs in: Node, the browser-mode host (cli.ts; tests, benchmarks and e2e through it). Starts the console core in
// a worker thread (core-worker.ts, from source: core/worker-thread.ts) and returns it as a RemoteCore. Closing closes
// the core first (sync, cache, embedded hub), then ends the thread.
import type { CoreSpec } from '../core/remote/core-spec.ts';
import { workerPort } from '../core/remote/node-port.ts';
import { remoteCore, type RemoteCore } from '../core/remote/remote-core.ts';
import { besideModule, startWorker } from '../core/worker-thread.ts';

export function startCoreWorker(spec: CoreSpec): RemoteCore {
  const worker = startWorker(besideModule('core-worker', import.meta.url), spec);
  const log = spec.quiet ? () => {} : (message: string, err?: unknown) => console.error(message, err ?? '');
  const core = remoteCore(workerPort(worker, log));
  let closing = false;
  worker.once('exit', (code) => {
    if (!closing) log(`the console core worker ended (exit code ${code}): every call now answers connection_lost`);
  });
  return {
    ...core,
    close: async () => {
      closing = true;
      await core.close();
      await worker.terminate();
    },
  };
}
