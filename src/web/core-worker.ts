// Runs in: Node, a worker thread of the browser-mode web host (started by start-core-worker.ts). The console core
// itself — cache, sync, handlers, embedded hub — runs here, so the host's thread (HTTP, WebSocket) is free while
// the core works; the core's own long jobs yield between slices, so its other requests are answered meanwhile.
import { parentPort, workerData } from 'node:worker_threads';
import { coreFromSpec, type CoreSpec } from '../core/remote/core-spec.ts';
import { nodePort } from '../core/remote/node-port.ts';
import { serveCore } from '../core/remote/serve-core.ts';
import { startEmbeddedHub } from '../hub/embedded-hub.ts';

if (!parentPort) throw new Error('core-worker.ts runs only as a worker thread');
const spec = workerData as CoreSpec;
const core = coreFromSpec(spec, startEmbeddedHub);
serveCore(core, nodePort(parentPort), {
  access: 'host',
  events: true,
  log: spec.quiet ? () => {} : (message, err) => console.error(message, err ?? ''),
});
