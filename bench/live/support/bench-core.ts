import type { ConsoleCore, ConsoleCoreOptions } from '../../../src/core/console-core.ts';
import type { HubConfig } from '../../../src/core/sync/sync-service.ts';
import { log } from '../../report.ts';

/** The core's log in the bench's own log (stderr). */
const logCore = (message: string, err?: unknown) => log(`core: ${message} ${err instanceof Error ? err.message : (err ?? '')}`);

/** A console core as the web host runs it (browser host, no demo data) following `hub`, its cache in `dataDir`. */
export const benchCoreOptions = (dataDir: string, hub: HubConfig, coreLog: ConsoleCoreOptions['log'] = logCore): ConsoleCoreOptions => ({
  dataDir,
  host: 'browser',
  version: 'bench',
  demo: false,
  hub,
  log: coreLog,
});

/**
 * Counts the rows of the core's units.changed events so far: each one the newest position of a unit, written in a
 * committed transaction.
 */
export function countUnitRows(core: ConsoleCore): () => number {
  let rows = 0;
  core.onEvent((event, payload) => {
    if (event === 'units.changed') rows += (payload as { units: readonly unknown[] }).units.length;
  });
  return () => rows;
}
