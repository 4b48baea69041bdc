import { monitorEventLoopDelay, type IntervalHistogram } from 'node:perf_hooks';
import { clock } from './clock.ts';

/** Event-loop delay of this process since the last cpuNow(): a stalled load generator delays what it measures. */
let loopDelay: IntervalHistogram | undefined;

export interface CpuReading {
  /** CPU time (user + system, µs) so far. */
  readonly micros: number;
  readonly at: number;
  /** Longest event-loop delay since the previous reading, ms. */
  readonly stallMs: number;
}

/** This process's CPU reading; the first call starts watching the event loop. */
export function cpuNow(): CpuReading {
  if (!loopDelay) {
    loopDelay = monitorEventLoopDelay({ resolution: 10 });
    loopDelay.enable();
  }
  const { user, system } = process.cpuUsage();
  const stallMs = loopDelay.max / 1e6;
  loopDelay.reset();
  return { micros: user + system, at: clock(), stallMs };
}
