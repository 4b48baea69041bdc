// Suite "live": the dispatch hub, the console's hub client and the live unit board. Every load runs in its own
// process, as in the field (support/child-process.ts, roles/). One file per measurement says exactly what its
// figures cover: ingest-baseline.ts, hub-ceiling.ts and ingest.ts (part 'ingest'), e2e-latency.ts ('e2e'),
// core-memory.ts ('rss'; 'first_sync' alone: the first sync of a million operations and its raw baseline, with no
// units reporting), max-units.ts ('capacity'). This file runs them in that order.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { log } from '../report.ts';
import { runCoreMemory, runFirstSync } from './core-memory.ts';
import { runE2eLatency } from './e2e-latency.ts';
import { runHubCeiling } from './hub-ceiling.ts';
import { measureFlood, type FloodBaseline } from './ingest-baseline.ts';
import { runIngest } from './ingest.ts';
import { runMaxUnits } from './max-units.ts';
import { startChild, stopRunningChildren } from './support/child-process.ts';
import { FLEET_UNITS } from './support/fleet.ts';
import { startHubChild } from './support/hub-child.ts';

/**
 * The suite's parts, each runnable alone (`npm run bench -- live:e2e`); 'ingest' includes its flood baseline. The
 * whole suite leaves out 'first_sync': 'rss' measures the same first sync (with units reporting).
 */
export const LIVE_PARTS = ['ingest', 'e2e', 'rss', 'first_sync', 'capacity'] as const;

export async function runLiveSuite(parts: ReadonlySet<string> = new Set(LIVE_PARTS.filter((p) => p !== 'first_sync'))): Promise<void> {
  if (parts.has('e2e') && !fs.existsSync('out/renderer/index.html')) throw new Error('out/renderer is missing: run `npm run build` first');
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'convivencia-bench-live-'));
  const errors: unknown[] = [];
  // A measurement that fails is logged and the next one runs; the suite fails at the end.
  const phase = async (part: (typeof LIVE_PARTS)[number], run: () => Promise<void>, name: string = part) => {
    if (!parts.has(part)) return;
    try {
      await run();
    } catch (err) {
      log(`${name} failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
      errors.push(err);
    }
  };
  try {
    let flood: FloodBaseline | undefined;
    await phase('ingest', async () => void (flood = await measureFlood()), 'baseline');
    await phase('ingest', () => runHubCeiling(path.join(tmp, 'hub-ceiling'), flood), 'hub ceiling');

    const shared = parts.has('ingest') || parts.has('e2e') || parts.has('rss'); // one hub for the first two; devices for all three
    const hub = shared ? await startHubChild(path.join(tmp, 'hub'), FLEET_UNITS) : undefined;
    const devices = shared ? await startChild('devices') : undefined;
    await phase('ingest', () => runIngest(hub!, devices!, path.join(tmp, 'ingest-core'), flood));
    await phase('e2e', () => runE2eLatency(hub!, devices!, path.join(tmp, 'e2e-core')));
    await phase('rss', () => runCoreMemory(devices!, tmp));
    await devices?.stop();
    await hub?.child.stop();

    await phase('first_sync', () => runFirstSync(tmp));
    await phase('capacity', () => runMaxUnits(path.join(tmp, 'hub-max')));
  } finally {
    await stopRunningChildren();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  if (errors.length) throw new AggregateError(errors, `live suite: ${errors.length} measurement(s) failed`);
}
