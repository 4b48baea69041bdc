// Runs in: Electron, a utility process forked by main (start-core-process.ts) — the console core's own process, so
// that its work (deep pages, exports, the sync's big transactions) never stalls the window's main process. A second
// input of the main build (electron.vite.config.ts).
import { jsonLog } from '../hub/hub-log.ts';
import { startEmbeddedHub } from '../hub/embedded-hub.ts';
import { serveCoreProcess } from './serve-core-process.ts';

serveCoreProcess(
  process.parentPort,
  (options) => startEmbeddedHub({ ...options, log: jsonLog('info') }),
  (message, err) => console.error(message, err ?? ''),
);
