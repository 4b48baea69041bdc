// Runs in: Node. Node's two kinds of message port as a CorePort (shared/api/core-port.ts): a MessagePort (a
// worker's parentPort, either end of a MessageChannel) and, on the host's side, the Worker itself. A worker that
// ends — terminated, or killed by an uncaught error — counts as a closed port, so every waiting request is answered.
import type { MessagePort, Worker } from 'node:worker_threads';
import type { CorePort } from '../../shared/api/core-port.ts';

export function nodePort(port: MessagePort): CorePort {
  return {
    post: (message) => port.postMessage(message),
    onMessage: (listener) => port.on('message', listener),
    onClose: (listener) => port.once('close', listener),
    close: () => port.close(),
  };
}

export function workerPort(worker: Worker, log: (message: string, err?: unknown) => void): CorePort {
  worker.on('error', (err) => log('the console core worker failed', err)); // else an uncaught error here too
  return {
    post: (message) => worker.postMessage(message),
    onMessage: (listener) => worker.on('message', listener),
    onClose: (listener) => worker.once('exit', () => listener()),
    close: () => void worker.terminate(),
  };
}
