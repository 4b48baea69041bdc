// live.ingest.hub_ceiling_msgs_per_s (no goal: the bound on live.ingest.msgs_per_s): reports/s a hub with the
// per-device limit lifted accepts from 500 devices flooding it, no console connected.
import { setTimeout as sleep } from 'node:timers/promises';
import { log, report } from '../report.ts';
import type { FloodBaseline } from './ingest-baseline.ts';
import { startChild } from './support/child-process.ts';
import { addDevices, deviceStats } from './support/devices-child.ts';
import { FLEET_UNITS } from './support/fleet.ts';
import { fmt } from './support/format.ts';
import { startHubChild } from './support/hub-child.ts';
import { medianRate, RATE_SECONDS } from './support/rates.ts';
import { withCpu } from './support/with-cpu.ts';

/** Reports each flooding device keeps in flight (acks come after the hub's ~100 ms store flush). */
const CEILING_WINDOW = 40;

/**
 * The hub's own ceiling: how many reports a second it accepts (validated, stored, coalesced for the consoles) from
 * FLEET_UNITS device connections reporting as fast as it answers, with the per-device rate limit lifted. Whatever
 * a console ingests from this hub is bounded by it. `database`: the hub's store is that PostgreSQL database.
 */
export async function measureHubCeiling(dataDir: string, database?: string) {
  log(
    `hub ceiling${database ? ' on PostgreSQL' : ''}: ${FLEET_UNITS} devices reporting as fast as the hub answers, per-device limit lifted…`,
  );
  const lifted = { perSecond: 1e6, burst: 1e6 };
  const hub = await startHubChild(dataDir, FLEET_UNITS, { field: lifted }, 0, database);
  const devices = await startChild('devices');
  try {
    const added = await addDevices(devices, hub, 0, FLEET_UNITS, { flood: CEILING_WINDOW });
    if (added.connected !== FLEET_UNITS) throw new Error(`only ${added.connected} devices connected`);
    await sleep(2_000);
    const { result, cpu } = await withCpu('bench', { hub: hub.child, devices }, () =>
      medianRate(async () => {
        const stats = await deviceStats(devices);
        return { count: stats.accepted, at: stats.at };
      }),
    );
    log(`  hub accepted: ${result.rates.map(fmt).join(', ')} reports/s; CPU: ${cpu}`);
    return { ...result, cpu };
  } finally {
    await devices.stop();
    await hub.child.stop();
  }
}

export async function runHubCeiling(dataDir: string, flood: FloodBaseline | undefined): Promise<void> {
  const ceiling = await measureHubCeiling(dataDir);
  report({
    name: 'live.ingest.hub_ceiling_msgs_per_s',
    value: ceiling.median,
    unit: 'msgs/s',
    baseline: flood?.rate,
    note:
      `no goal of its own: the bound on live.ingest. Reports/s the hub accepted (validated, track point stored, ` +
      `acknowledged after its store transaction) from ${FLEET_UNITS} device connections, each keeping ${CEILING_WINDOW} ` +
      `reports in flight, the per-device rate limit lifted (its default is 20/s), no console connected; median of ` +
      `${RATE_SECONDS} 1-s rates (${ceiling.rates.map(fmt).join(', ')}). A console core cannot ingest from a hub more than ` +
      `the hub takes in; ratio against the same raw flood baseline. CPU (% of one core, 2 cores): ${ceiling.cpu}`,
  });
}
