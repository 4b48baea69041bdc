// live.hub.max_units: 10 raw consoles (one child process) logged in to a hub; devices at 1 Hz added step by step; a
// step passes when p99 of (console receive − deviceTime) over ~6 s is ≤ 100 ms and the consoles got ≥ 90 % of what
// the devices sent (a failed window gets one retry). The largest passing step. The same measurement serves several
// hub processes behind one database (bench/scale): consoles and devices are then shared out among them.
import { setTimeout as sleep } from 'node:timers/promises';
import { log, report } from '../report.ts';
import { startChild, type Child } from './support/child-process.ts';
import { connectConsoles, consolesReport, resetConsoles } from './support/consoles-child.ts';
import { addDevices, deviceStats } from './support/devices-child.ts';
import { fmt } from './support/format.ts';
import { startHubChild, type HubChild } from './support/hub-child.ts';
import { withCpu } from './support/with-cpu.ts';

const CONSOLES = 10;
const MAX_UNITS_STEPS = [500, 1000, 2000, 3500, 5000, 6000, 7000, 8000, 9000, 10_000, 12_000, 14_000];
const STEP_SETTLE_MS = 3_000;
/** Six whole seconds and a little (the consoles also report a p99 per whole second, for the log). */
const STEP_MEASURE_MS = 6_200;
const STEP_P99_LIMIT_MS = 100;

/** The most demo units a step uses: the hub (the first, for several) is started with that many. */
export const MAX_UNITS_TOP = MAX_UNITS_STEPS.at(-1)!;

export interface Step {
  readonly units: number;
  readonly attempt: number;
  readonly p50: number;
  readonly p99: number;
  readonly delivered: number;
  readonly pass: boolean;
  readonly cpu: string;
  /** The hub processes' CPU together, and the whole machine's, in % of one core. */
  readonly hubsCpu: number;
  readonly machineCpu: number;
}

/** [from, to) cut into `parts` contiguous slices, in order. */
const sliced = (from: number, to: number, parts: number) =>
  Array.from(
    { length: parts },
    (_, i) => [from + Math.floor(((to - from) * i) / parts), from + Math.floor(((to - from) * (i + 1)) / parts)] as const,
  );

/** One window at `units`: latency and delivery at the consoles, and the CPU of every process meanwhile. */
async function measureWindow(hubs: readonly HubChild[], devices: Child, consoles: Child, units: number, attempt: number): Promise<Step> {
  const before = await deviceStats(devices);
  await resetConsoles(consoles);
  const processes = Object.fromEntries(hubs.map((hub, i) => [hubs.length > 1 ? `hub ${i + 1}` : 'hub', hub.child]));
  const { cpu, percent, machine } = await withCpu('bench', { ...processes, devices, consoles }, () => sleep(STEP_MEASURE_MS));
  const latency = await consolesReport(consoles);
  const after = await deviceStats(devices);
  const delivered = latency.received / Math.max(1, (after.sent - before.sent) * CONSOLES);
  const pass = latency.p99 <= STEP_P99_LIMIT_MS && delivered >= 0.9;
  log(
    `  ${fmt(units)} units${attempt > 1 ? ' (again)' : ''}: p50 ${latency.p50} ms, p99 ${latency.p99} ms ` +
      `(per second ${latency.p99s.join('/')}), max ${latency.max} ms, ` +
      `${(delivered * 100).toFixed(1)} % delivered to ${CONSOLES} consoles — ${pass ? 'pass' : 'FAIL'}; CPU: ${cpu}`,
  );
  const hubsCpu = Object.keys(processes).reduce((sum, name) => sum + percent[name]!, 0);
  return { units, attempt, p50: latency.p50, p99: latency.p99, delivered, pass, cpu, hubsCpu, machineCpu: machine };
}

/** The largest fleet `hubs` serve together (consoles and devices shared out among them, in order); their CPU is the bench's. */
export async function measureMaxUnits(hubs: readonly HubChild[]): Promise<{ best: number; steps: Step[] }> {
  log(`capacity of ${hubs.length} hub process(es): ${CONSOLES} raw consoles, devices at 1 Hz added step by step…`);
  const consoles = await startChild('consoles');
  const devices = await startChild('devices');
  const steps: Step[] = [];
  try {
    for (const [i, [from, to]] of sliced(0, CONSOLES, hubs.length).entries())
      await connectConsoles(consoles, hubs[i]!, 'dispatcher', to - from, 'latency');
    let connected = 0;
    for (const units of MAX_UNITS_STEPS) {
      for (const [i, [from, to]] of sliced(connected, units, hubs.length).entries())
        await addDevices(devices, hubs[i]!, from, to, { hz: 1 }, 180_000);
      connected = units;
      // A failed window gets one more: a stall of the shared machine should not decide a step on its own. Each
      // starts after a settle: devices just added, or (again) the report just taken, which held the consoles' event
      // loop — what queued meanwhile would count against the window's first second.
      let passed = false;
      for (let attempt = 1; attempt <= 2 && !passed; attempt++) {
        await sleep(STEP_SETTLE_MS);
        const step = await measureWindow(hubs, devices, consoles, units, attempt);
        steps.push(step);
        passed = step.pass;
      }
      if (!passed) break;
    }
  } finally {
    await devices.stop();
    await consoles.stop();
  }
  return { best: steps.findLast((s) => s.pass)?.units ?? 0, steps };
}

/** The hub processes' CPU per 1,000 units (% of one core) at the largest passing step, and that step. */
export function hubCpuPerThousand(steps: readonly Step[]): { perThousand: number; step: Step | undefined } {
  const step = steps.findLast((s) => s.pass);
  return { perThousand: step ? step.hubsCpu / (step.units / 1000) : NaN, step };
}

/** live.hub.max_units of one hub on the embedded store in `dataDir`. */
export async function maxUnitsOfOneHub(dataDir: string): Promise<{ best: number; steps: Step[] }> {
  const hub = await startHubChild(dataDir, MAX_UNITS_TOP);
  try {
    return await measureMaxUnits([hub]);
  } finally {
    await hub.child.stop();
  }
}

/** The windows of a capacity run, for a report's note. */
export const stepsNote = (steps: readonly Step[]) =>
  steps
    .map((s) => `${s.units}${s.attempt > 1 ? ' again' : ''}: ${s.p99} ms, ${(s.delivered * 100).toFixed(0)} %${s.pass ? '' : ' FAIL'}`)
    .join('; ');

export async function runMaxUnits(dataDir: string): Promise<void> {
  const max = await maxUnitsOfOneHub(dataDir);
  report({
    name: 'live.hub.max_units',
    value: max.best,
    unit: 'units',
    goal: { on: 'value', op: '>=', target: 5000 },
    note:
      `units at 1 Hz (project simulator, one process) served to ${CONSOLES} raw socket.io consoles (one process) with ` +
      `p99 of (console receive − deviceTime) ≤ ${STEP_P99_LIMIT_MS} ms over a ${STEP_MEASURE_MS / 1000} s window and ≥ 90 % ` +
      `of the reports delivered to every console; a failed window is measured once more (shared, noisy machine). ` +
      `Windows (units: p99, delivered): ${stepsNote(max.steps)}` +
      `${max.steps.at(-1)?.pass ? ' (the largest step tried)' : ''}. CPU (% of one core, 2 cores) at the last step: ` +
      `${max.steps.at(-1)?.cpu ?? '?'} — the devices and consoles share the machine with the hub`,
  });
}
