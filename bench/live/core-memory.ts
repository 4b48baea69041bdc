// live.core.rss_mb: a console core in a child process (as the web host runs it: node + tsx) following a hub with
// 1,000,000 operations and 500 units at 4 Hz, once its first sync brought all the operations into its cache; peak
// RSS. live.core.first_sync_s: how long that took, against the raw baseline of first-sync-baseline.ts run on the
// same hub right after. Part 'first_sync' (`npm run bench -- live:first_sync`) measures only the first sync (no
// devices, no RSS sampling).
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { log, report } from '../report.ts';
import { measureRawFirstSync } from './first-sync-baseline.ts';
import { startChild, type Child } from './support/child-process.ts';
import { addDevices, clearDevices } from './support/devices-child.ts';
import { FLEET_HZ, FLEET_UNITS } from './support/fleet.ts';
import { fmt } from './support/format.ts';
import { startHubChild, type HubChild } from './support/hub-child.ts';

const OPERATIONS = 1_000_000;
const RSS_SAMPLE_MS = 8_000;

interface FirstSync {
  readonly units: number;
  readonly operations: number;
  readonly syncMs: number;
}

/** A console core (child process) following `hub` from an empty data dir until live with all its operations. */
async function firstSync(core: Child, hub: HubChild, tmp: string): Promise<FirstSync> {
  const started = await core.request<FirstSync>(
    { type: 'start', dataDir: path.join(tmp, 'first-sync-core'), hub: hub.config('dispatcher'), operations: OPERATIONS },
    'started',
    900_000,
  );
  log(`  first sync of ${fmt(started.operations)} operations: ${fmt(started.syncMs / 1000)} s`);
  return started;
}

async function rawBaseline(hub: HubChild, tmp: string): Promise<number> {
  log('  raw baseline: the same operations, same pages, plain socket.io client into a bare table…');
  const raw = await measureRawFirstSync(hub, tmp);
  log(`  raw: ${fmt(raw.rows)} operations in ${fmt(raw.ms / 1000)} s`);
  return raw.ms;
}

const seededHub = (tmp: string, units: number) => {
  log(`a hub with ${fmt(units)} units and ${fmt(OPERATIONS)} operations (seeding)…`);
  return startHubChild(path.join(tmp, 'first-sync-hub'), units, undefined, OPERATIONS);
};

/**
 * A hub with FLEET_UNITS units and OPERATIONS operations, and a console core (child process) following it from an
 * empty data dir: its first sync brings all the operations into its cache (timed), then its RSS is sampled while
 * the units report at FLEET_HZ. (Operations are the hub's records: a cache made apart would be reset on first sync.)
 */
async function measureRss(devices: Child, tmp: string) {
  const hub = await seededHub(tmp, FLEET_UNITS);
  const core = await startChild('core');
  try {
    await addDevices(devices, hub, 0, FLEET_UNITS, { hz: FLEET_HZ });
    log(`rss: a console core in a child process syncing them from an empty cache, ${FLEET_UNITS} units at ${FLEET_HZ} Hz…`);
    const started = await firstSync(core, hub, tmp);
    await sleep(2_000);
    const sample = await core.request<{ max: number; p50: number; rowsPerSecond: number }>(
      { type: 'sample', ms: RSS_SAMPLE_MS },
      'sample',
      RSS_SAMPLE_MS + 30_000,
    );
    await core.stop();
    await clearDevices(devices);
    return { ...sample, ...started, rawMs: await rawBaseline(hub, tmp) };
  } finally {
    await core.stop();
    await hub.child.stop();
  }
}

/** Part 'first_sync': the first sync and its raw baseline alone, with no units reporting. */
export async function runFirstSync(tmp: string): Promise<void> {
  const hub = await seededHub(tmp, 4);
  const core = await startChild('core');
  try {
    const started = await firstSync(core, hub, tmp);
    await core.stop();
    reportFirstSync({ ...started, rawMs: await rawBaseline(hub, tmp) }, 'with no unit reporting');
  } finally {
    await core.stop();
    await hub.child.stop();
  }
}

function reportFirstSync(sync: FirstSync & { rawMs: number }, load: string): void {
  report({
    name: 'live.core.first_sync_s',
    value: sync.syncMs / 1000,
    unit: 's',
    baseline: sync.rawMs / 1000,
    goal: { on: 'value', op: '<=', target: 25 },
    note:
      `a console core (child process) following a hub with ${fmt(sync.operations)} operations from an empty data dir, ` +
      `until it is live with all of them in its cache (a bulk load: a worker thread pages every record the dispatcher ` +
      `may read, validates them, writes them into a new cache file and builds its indexes, address search and facts, ` +
      `then the file replaces the cache), ${load}; baseline: the same operations paged from the same hub by a plain ` +
      `socket.io client into a bare table (first-sync-baseline.ts)`,
  });
  report({
    name: 'live.core.first_sync_rows_per_s',
    value: sync.operations / (sync.syncMs / 1000),
    unit: 'rows/s',
    baseline: sync.operations / (sync.rawMs / 1000),
    goal: { on: 'ratio', op: '>=', target: 0.3 },
    note: 'the same first sync as operations per second: ratio = raw baseline time ÷ first sync time',
  });
}

export async function runCoreMemory(devices: Child, tmp: string): Promise<void> {
  const rss = await measureRss(devices, tmp);
  reportFirstSync(rss, `while ${FLEET_UNITS} units report at ${FLEET_HZ} Hz`);
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
}
