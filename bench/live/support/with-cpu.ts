import fs from 'node:fs';
import os from 'node:os';
import type { Child } from './child-process.ts';
import { machineNow, type MachineReading } from './machine-cpu.ts';
import { cpuNow, type CpuReading } from './process-cpu.ts';

/**
 * Runs `measure` and returns, beside its result, the CPU each process used meanwhile, in % of one core (`self` names
 * this process), and its longest event-loop stall — as a line for the log (`cpu`), and as numbers: each process's %
 * (`percent`, by name) and the whole machine's busy % (`machine`). On a 2-core machine the CPU sum can reach 200 %;
 * a load generator near 100 % or stalling is itself the limit. Then the whole machine: how busy its cores were, how much of that was
 * Chromium (the bench's browser, all its processes) and how much was not the bench at all (other work on the
 * machine, which the bench cannot control — a shared machine's noise).
 */
export async function withCpu<T>(
  self: string,
  children: Readonly<Record<string, Child>>,
  measure: () => Promise<T>,
): Promise<{ result: T; cpu: string; percent: Record<string, number>; machine: number }> {
  const read = () =>
    Promise.all([Promise.resolve(cpuNow()), ...Object.values(children).map((c) => c.request<CpuReading>({ type: 'cpu' }, 'cpu'))]);
  const machineBefore = machineNow();
  const before = await read();
  const result = await measure();
  const after = await read();
  const machineAfter = machineNow();
  const names = [self, ...Object.keys(children)];
  const cores = os.cpus().length;
  // CPU ms over wall ms, in % of one core: the machine's totals count every core.
  const wall = (machineAfter.total - machineBefore.total) / cores;
  const share = (key: keyof MachineReading) => Math.round(((machineAfter[key] - machineBefore[key]) / wall) * 100);
  const tree = fs.existsSync('/proc')
    ? `, Chromium ${share('chromium')} %, outside the bench ${Math.max(0, share('busy') - share('tree'))} %`
    : '';
  const used = names.map((_, i) => Math.round((after[i]!.micros - before[i]!.micros) / ((after[i]!.at - before[i]!.at) * 10)));
  const cpu =
    names.map((name, i) => `${name} ${used[i]} % (stall ≤ ${Math.round(after[i]!.stallMs)} ms)`).join(', ') +
    `; machine ${share('busy')} % of ${cores * 100} %${tree}`;
  return { result, cpu, percent: Object.fromEntries(names.map((name, i) => [name, used[i]!])), machine: share('busy') };
}
