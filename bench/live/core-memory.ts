// live.core.rss_mb: a console core in a child process (as the web host runs it: node + tsx) following a hub with
// 1,000,000 operations and 500 units at 4 Hz, once its first sync brought all the operations into its cache; peak
// RSS. live.core.first_sync_s: how long that took.
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { log, report } from '../report.ts';
import { startChild, type Child } from './support/child-process.ts';
import { addDevices, clearDevices } from './support/devices-child.ts';
import { FLEET_HZ, FLEET_UNITS } from './support/fleet.ts';
import { fmt } from './support/format.ts';
import { startHubChild } from './support/hub-child.ts';

const OPERATIONS = 1_000_000;
const RSS_SAMPLE_MS = 8_000;

/**
 * A hub with FLEET_UNITS units and OPERATIONS operations, and a console core (child process) following it from an
 * empty data dir: its first sync brings all the operations into its cache (timed), then its RSS is sampled while
 * the units report at FLEET_HZ. (Operations are the hub's records: a cache made apart would be reset on first sync.)
 */
async function measureRss(devices: Child, tmp: string) {
  log(`rss: a hub with ${fmt(FLEET_UNITS)} units and ${fmt(OPERATIONS)} operations (seeding)…`);
  const hub = await startHubChild(path.join(tmp, 'rss-hub'), FLEET_UNITS, undefined, OPERATIONS);
  const core = await startChild('core');
  try {
    await addDevices(devices, hub, 0, FLEET_UNITS, { hz: FLEET_HZ });
    log(`rss: a console core in a child process syncing them from an empty cache, ${FLEET_UNITS} units at ${FLEET_HZ} Hz…`);
    const started = await core.request<{ units: number; operations: number; syncMs: number }>(
      { type: 'start', dataDir: path.join(tmp, 'rss-core'), hub: hub.config('dispatcher'), operations: OPERATIONS },
      'started',
      900_000,
    );
    log(`  first sync of ${fmt(started.operations)} operations: ${fmt(started.syncMs / 1000)} s`);
    await sleep(2_000);
    const sample = await core.request<{ max: number; p50: number; rowsPerSecond: number }>(
      { type: 'sample', ms: RSS_SAMPLE_MS },
      'sample',
      RSS_SAMPLE_MS + 30_000,
    );
    return { ...sample, ...started };
  } finally {
    await core.stop();
    await clearDevices(devices);
    await hub.child.stop();
  }
}

export async function runCoreMemory(devices: Child, tmp: string): Promise<void> {
  const rss = await measureRss(devices, tmp);
  report({
    name: 'live.core.rss_mb',
    value: rss.max,
    unit: 'MB',
    goal: { on: 'value', op: '<=', target: 400 },
    note:
      `peak process.memoryUsage().rss of a child process (node --import tsx, as npm run start:web runs) holding only the ` +
      `console core, sampled every 250 ms for ${RSS_SAMPLE_MS / 1000} s (p50 ${rss.p50.toFixed(1)} MB); its cache holds the ` +
      `${fmt(rss.operations)} operations of the hub it follows (its first sync from an empty cache took ` +
      `${fmt(rss.syncMs / 1000)} s: live.core.first_sync_s), read after the default grid view and one filter; ` +
      `${rss.units} units live, ${fmt(rss.rowsPerSecond)} unit rows written/s`,
  });
  report({
    name: 'live.core.first_sync_s',
    value: rss.syncMs / 1000,
    unit: 's',
    note:
      `no goal: a console core (child process) following a hub with ${fmt(rss.operations)} operations from an empty ` +
      `data dir, until it is live with all of them in its cache (every record paged from the hub, validated, ` +
      `written with the grid's indexes and address search), while ${FLEET_UNITS} units report at ${FLEET_HZ} Hz`,
  });
}
