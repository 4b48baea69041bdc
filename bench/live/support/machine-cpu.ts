import fs from 'node:fs';
import os from 'node:os';

export interface MachineReading {
  /** CPU time (ms) of all cores: busy, and in total. */
  readonly busy: number;
  readonly total: number;
  /** CPU time (ms) of this process's Chromium descendants, and of all its descendants and itself (Linux only). */
  readonly chromium: number;
  readonly tree: number;
}

/** CPU time of the machine and of this process's tree (from /proc, where there is one). */
export function machineNow(): MachineReading {
  let busy = 0;
  let total = 0;
  for (const { times } of os.cpus()) {
    const all = times.user + times.nice + times.sys + times.irq + times.idle;
    total += all;
    busy += all - times.idle;
  }
  const procs = new Map<number, { ppid: number; ms: number; chromium: boolean }>();
  for (const entry of fs.existsSync('/proc') ? fs.readdirSync('/proc') : []) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' '); // fields[0] is field 3 of stat(5)
      const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      procs.set(Number(entry), {
        ppid: Number(fields[1]),
        ms: (Number(fields[11]) + Number(fields[12])) * 10,
        chromium: /chrom/i.test(name),
      });
    } catch {
      // it exited meanwhile
    }
  }
  let chromium = 0;
  let tree = 0;
  for (const [pid, proc] of procs) {
    let ancestor: number | undefined = pid;
    while (ancestor !== undefined && ancestor > 1 && ancestor !== process.pid) ancestor = procs.get(ancestor)?.ppid;
    if (ancestor !== process.pid) continue;
    tree += proc.ms;
    if (proc.chromium) chromium += proc.ms;
  }
  return { busy, total, chromium, tree };
}
