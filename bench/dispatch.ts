// Suite "dispatch": Despacho (issue 13). Each figure is one entry of DISPATCH_BENCHES, in its own file (name, what it
// measures, its baseline, its goal); `npm run bench -- dispatch:recommend` runs one part.
//
//   dispatch.recommend.p95_ms     bench/dispatch-recommend.ts
//   dispatch.queue.e2e_p99_ms     bench/dispatch-queue.ts
import type { DispatchBench } from './dispatch-bench.ts';
import { queueEndToEnd } from './dispatch-queue.ts';
import { recommend } from './dispatch-recommend.ts';
import { log, report } from './report.ts';

/** Every dispatch figure, in the order they run; a new dispatch.* figure is one more entry here. */
const DISPATCH_BENCHES: readonly DispatchBench[] = [recommend, queueEndToEnd];

export const DISPATCH_PARTS = DISPATCH_BENCHES.map((b) => b.part);

export async function runDispatchSuite(only?: ReadonlySet<string>): Promise<void> {
  for (const bench of DISPATCH_BENCHES) {
    if (only && !only.has(bench.part)) continue;
    log(`${bench.name}…`);
    const { value, baseline } = await bench.measure();
    report({ name: bench.name, value, unit: bench.unit, baseline, goal: bench.goal, note: bench.note });
  }
}
