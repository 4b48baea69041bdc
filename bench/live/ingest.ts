// live.ingest.msgs_per_s: 500 demo units on a hub, their devices reporting at 20 Hz (the hub's per-device limit), a
// console core following the hub (in this process). Counted: unit-position rows the core wrote to its cache, i.e.
// the rows of its 'units.changed' events — each one the newest position of a unit, written in a committed
// transaction. Median of 1-second rates. baseline: the raw socket.io flood (ingest-baseline.ts).
import { setTimeout as sleep } from 'node:timers/promises';
import { log, report } from '../report.ts';
import type { FloodBaseline } from './ingest-baseline.ts';
import { benchCoreOptions, countUnitRows } from './support/bench-core.ts';
import { startChild, type Child } from './support/child-process.ts';
import { clock } from './support/clock.ts';
import { connectConsoles, consolesReport, resetConsoles } from './support/consoles-child.ts';
import { addDevices, clearDevices, deviceStats, perSecond } from './support/devices-child.ts';
import { FLEET_UNITS } from './support/fleet.ts';
import { fmt } from './support/format.ts';
import type { HubChild } from './support/hub-child.ts';
import { medianRate, RATE_SECONDS } from './support/rates.ts';
import { withCpu } from './support/with-cpu.ts';

/** The hub's per-device limit. */
const INGEST_HZ = 20;

async function waitFor(condition: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > until) throw new Error(`timed out: ${what}`);
    await sleep(100);
  }
}

async function measureIngest(hub: HubChild, devices: Child, dataDir: string) {
  log(`ingest: ${FLEET_UNITS} units at ${INGEST_HZ} Hz → hub → console core (this process) → cache…`);
  await addDevices(devices, hub, 0, FLEET_UNITS, { hz: INGEST_HZ });
  // A raw console beside the core: how many positions the hub delivered meanwhile.
  const witness = await startChild('consoles');
  await connectConsoles(witness, hub, 'coordinator', 1, 'latency');
  const { createConsoleCore } = await import('../../src/core/console-core.ts');
  const core = createConsoleCore(benchCoreOptions(dataDir, hub.config('dispatcher')));
  const rows = countUnitRows(core);
  try {
    await waitFor(() => rows() > 0, 60_000, 'the core received no units');
    await sleep(2_000);
    const before = await deviceStats(devices);
    await resetConsoles(witness);
    const {
      result: { median, rates },
      cpu,
    } = await withCpu('core', { hub: hub.child, devices, witness }, () => medianRate(async () => ({ count: rows(), at: clock() })));
    const hubSent = await consolesReport(witness);
    const after = await deviceStats(devices);
    log(`  core wrote: ${rates.map(fmt).join(', ')} unit-position rows/s; CPU: ${cpu}`);
    return {
      rate: median,
      cpu,
      accepted: perSecond(before, after, 'accepted'),
      refused: perSecond(before, after, 'refused'),
      hubSent: hubSent.received / ((after.at - before.at) / 1000),
    };
  } finally {
    core.close();
    await witness.stop();
    await clearDevices(devices);
  }
}

export async function runIngest(hub: HubChild, devices: Child, dataDir: string, flood: FloodBaseline | undefined): Promise<void> {
  const ingest = await measureIngest(hub, devices, dataDir);
  report({
    name: 'live.ingest.msgs_per_s',
    value: ingest.rate,
    unit: 'msgs/s',
    baseline: flood?.rate,
    goal: { on: 'ratio', op: '>=', target: 0.5 },
    note:
      `value: unit-position rows the console core wrote to its cache per second (rows of its units.changed events), ` +
      `median of ${RATE_SECONDS} 1-s rates; ${FLEET_UNITS} units at ${INGEST_HZ} Hz (hub accepted ${fmt(ingest.accepted)} telemetry/s, ` +
      `refused ${fmt(ingest.refused)}/s); the hub coalesces positions per unit per 50 ms tick, so it can send at most ` +
      `${fmt(FLEET_UNITS * 20)}/s — a raw console beside the core received ${fmt(ingest.hubSent)}/s — and the core coalesces ` +
      `again: its 50 ms batch starts at the first arrival and so often spans two hub ticks, one row per unit per batch ` +
      `(what the core received before coalescing is not observable from outside). Even with the device limit lifted ` +
      `the hub takes in only live.ingest.hub_ceiling_msgs_per_s. CPU meanwhile (% of one core, 2 cores): ${ingest.cpu}. baseline: raw socket.io (websocket, ` +
      `loopback) flood, one ${flood?.bytes ?? '?'}-byte JSON position per emit (no validation, no storage), server and client ` +
      `in separate processes, median of ${RATE_SECONDS} 1-s rates`,
  });
}
