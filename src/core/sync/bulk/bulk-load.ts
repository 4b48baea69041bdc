// Runs in: Node — the console core's thread. Starts the first sync's bulk load in a worker thread (bulk-worker.ts)
// and turns its reports into SyncProgress with an estimate of the time left (shared/live/first-sync-eta.ts).
//
// The worker's entry is out/main/bulk-worker.js beside the bundled core in the desktop build (electron.vite.config.ts),
// and the .ts file beside this one when the core runs from source (core/worker-thread.ts).
import { firstSyncEta } from '../../../shared/live/first-sync-eta.ts';
import type { SyncProgress } from '../../../shared/live/sync-status.ts';
import type { BulkJob, BulkReport } from './bulk-job.ts';
import { besideModule, startWorker } from '../../worker-thread.ts';

export interface BulkLoad {
  /** Resolves once the file is built; rejects when the worker failed or was stopped. */
  readonly built: Promise<void>;
  /** Stops the worker (its open transaction is lost, as in a crash); resolves once it has exited. */
  stop(): Promise<void>;
}

export function startBulkLoad(job: BulkJob, onProgress: (progress: SyncProgress) => void): BulkLoad {
  const worker = startWorker(besideModule('bulk-worker', import.meta.url), job);
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  let pagingSince = 0;
  let buildingSince = 0;
  const built = new Promise<void>((resolve, reject) => {
    worker.on('message', (report: BulkReport) => {
      if (report.type === 'built') return resolve();
      if (report.type === 'failed') return reject(new Error(`the bulk load failed: ${report.message}`));
      const now = Date.now();
      pagingSince ||= now;
      if (report.phase === 'building') buildingSince ||= now;
      const timing = {
        ...report,
        pagingMs: (buildingSince || now) - pagingSince,
        buildingMs: buildingSince ? now - buildingSince : 0,
      };
      const { phase, done, total } = report;
      onProgress({ phase, done, total: Math.max(total, done), etaSeconds: total ? firstSyncEta(timing) : null });
    });
    worker.once('error', reject);
    void exited.then(() => reject(new Error('the bulk load stopped')));
  });
  built.catch(() => undefined); // a load stopped while nobody waits for it is no unhandled failure
  return {
    built,
    stop: async () => {
      await worker.terminate();
      await exited;
    },
  };
}
