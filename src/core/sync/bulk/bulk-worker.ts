// Runs in: Node — a worker thread of the console core's process (started by bulk-load.ts): the first sync's bulk
// load with a SQLite connection of its own, so that the core's thread keeps answering calls while it runs. The
// desktop build bundles this file as its own entry (electron.vite.config.ts: out/main/bulk-worker.js).
import { parentPort, workerData } from 'node:worker_threads';
import { runBulkJob, type BulkJob, type BulkReport } from './bulk-job.ts';

const post = (report: BulkReport) => parentPort!.postMessage(report);
runBulkJob(workerData as BulkJob, post).catch((err: unknown) =>
  post({ type: 'failed', message: err instanceof Error ? (err.stack ?? err.message) : String(err) }),
);
