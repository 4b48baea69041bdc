// Suite "scale": the hub on PostgreSQL and several hub processes on one database (issue 17). One throwaway
// PostgreSQL cluster for the run (src/hub/test-support/postgres-cluster.ts: durability off, as in the tests — the
// figures compare the hub's own work on each store, not the disks'), a database per measurement.
//
// - 'ingest': scale.hub.pg_ingest_ratio — the hub ceiling (bench/live/hub-ceiling.ts: 500 devices reporting as fast
//   as the hub answers) on PostgreSQL ÷ the same on the embedded SQLite store, measured one after the other.
// - 'capacity': scale.hub.two_hubs_units — the largest fleet two hub processes on one database serve to 10 consoles
//   at 1 Hz with p99 ≤ 100 ms (bench/live/max-units.ts, consoles and devices shared out between the two) ÷
//   live.hub.max_units of one hub on SQLite, measured in the same run. Beside it scale.hub.two_hubs_cpu_per_1000_units:
//   the hubs' CPU per 1,000 units at the largest fleet each setup served — what a second process costs, which on
//   a machine whose two cores also carry the load and the database is the part of scaling out it can show.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openPostgresDb } from '../src/hub/store/sql/postgres-db.ts';
import { startPostgresCluster, type PostgresCluster } from '../src/hub/test-support/postgres-cluster.ts';
import { measureHubCeiling } from './live/hub-ceiling.ts';
import { hubCpuPerThousand, maxUnitsOfOneHub, MAX_UNITS_TOP, measureMaxUnits, stepsNote, type Step } from './live/max-units.ts';
import { stopRunningChildren } from './live/support/child-process.ts';
import { fmt } from './live/support/format.ts';
import { startHubChild, startPeerHubChild } from './live/support/hub-child.ts';
import { log, report } from './report.ts';

export const SCALE_PARTS = ['ingest', 'capacity'] as const;

function newDatabase(cluster: PostgresCluster, name: string): string {
  const admin = openPostgresDb(cluster.url);
  try {
    admin.exec(`CREATE DATABASE ${name}`);
  } finally {
    admin.close();
  }
  return cluster.urlOf(name);
}

async function runIngestRatio(tmp: string, cluster: PostgresCluster): Promise<void> {
  const sqlite = await measureHubCeiling(path.join(tmp, 'ingest-sqlite'));
  const postgres = await measureHubCeiling(path.join(tmp, 'ingest-pg'), newDatabase(cluster, 'ingest'));
  report({
    name: 'scale.hub.pg_ingest_ratio',
    value: postgres.median,
    unit: 'msgs/s',
    baseline: sqlite.median,
    goal: { on: 'ratio', op: '>=', target: 0.7 },
    note:
      `reports/s one hub accepts (validated, track point stored, acknowledged after its store transaction) from 500 ` +
      `devices reporting as fast as it answers, per-device limit lifted, no console: on PostgreSQL (value; 1-s rates ` +
      `${postgres.rates.map(fmt).join(', ')}; CPU ${postgres.cpu}) against the same hub on its embedded SQLite store ` +
      `(baseline; ${sqlite.rates.map(fmt).join(', ')}; CPU ${sqlite.cpu}), one after the other in this run. PostgreSQL ` +
      `15 on the same 2-core machine, over loopback, durability off`,
  });
}

async function runTwoHubs(tmp: string, cluster: PostgresCluster): Promise<void> {
  const one = await maxUnitsOfOneHub(path.join(tmp, 'capacity-one'));
  const database = newDatabase(cluster, 'capacity');
  const first = await startHubChild(path.join(tmp, 'capacity-a'), MAX_UNITS_TOP, undefined, 0, database);
  const second = await startPeerHubChild(path.join(tmp, 'capacity-b'), database, first);
  let two;
  try {
    two = await measureMaxUnits([first, second]);
  } finally {
    await second.child.stop();
    await first.child.stop();
  }
  report({
    name: 'scale.hub.two_hubs_units',
    value: two.best,
    unit: 'units',
    baseline: one.best,
    goal: { on: 'ratio', op: '>=', target: 1.6 },
    note:
      `units at 1 Hz two hub processes on one PostgreSQL database serve to 10 raw consoles (5 on each) with p99 of ` +
      `(console receive − deviceTime) ≤ 100 ms and ≥ 90 % delivered, devices shared out between the hubs (value; ` +
      `windows ${stepsNote(two.steps)}); baseline: live.hub.max_units of one hub on SQLite in this run (windows ` +
      `${stepsNote(one.steps)}). Both hubs, the device simulator, the consoles and PostgreSQL share the same ` +
      `${os.cpus().length} cores: the machine's busy share at the last step passed — ${machineNote(two.steps)} (two) ` +
      `and ${machineNote(one.steps)} (one) — says whether the machine, not the hubs, was the limit`,
  });
  reportHubCost(one.steps, two.steps);
}

const machineNote = (steps: readonly Step[]) => {
  const step = steps.findLast((s) => s.pass);
  return step ? `${step.machineCpu} % of ${os.cpus().length * 100} % at ${step.units} units` : 'none passed';
};

/**
 * What scaling out costs the hubs: their CPU per 1,000 units, together, at the largest fleet each setup served — two
 * processes on PostgreSQL against one on SQLite. Near 1, a second process adds about its own core's worth of
 * capacity, which is what several processes are for; this machine's two cores cannot show that capacity itself.
 */
function reportHubCost(one: readonly Step[], two: readonly Step[]): void {
  const single = hubCpuPerThousand(one);
  const pair = hubCpuPerThousand(two);
  report({
    name: 'scale.hub.two_hubs_cpu_per_1000_units',
    value: pair.perThousand,
    unit: '% of a core',
    baseline: single.perThousand,
    note:
      `the hub processes' CPU (% of one core, both hubs together) per 1,000 units at the largest step each setup ` +
      `passed: two hubs on PostgreSQL at ${pair.step?.units ?? '—'} units (value; ${pair.step?.cpu ?? '—'}) against one hub on SQLite ` +
      `at ${single.step?.units ?? '—'} units (baseline; ${single.step?.cpu ?? '—'}). PostgreSQL's own CPU is outside the hubs (the ` +
      `"outside the bench" share)`,
  });
}

export async function runScaleSuite(parts: ReadonlySet<string> = new Set(SCALE_PARTS)): Promise<void> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'convivencia-bench-scale-'));
  const cluster = await startPostgresCluster();
  log(`PostgreSQL cluster at ${cluster.url}`);
  try {
    if (parts.has('ingest')) await runIngestRatio(tmp, cluster);
    if (parts.has('capacity')) await runTwoHubs(tmp, cluster);
  } finally {
    await stopRunningChildren();
    cluster.stop();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}
