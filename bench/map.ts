// Suite "map": the Despacho map. Each figure is one entry of MAP_BENCHES, in its own file; `npm run bench -- map:tile`
// runs one part.
//   map.tile.p95_ms   bench/map-tile.ts
//   map.frame.p95_ms  bench/map-frame.ts
import type { MapBench } from './map-bench.ts';
import { mapFrame } from './map-frame.ts';
import { mapTile } from './map-tile.ts';
import { log, report } from './report.ts';

/** Every map figure, in the order they run; a new map.* figure is one more entry here. */
const MAP_BENCHES: readonly MapBench[] = [mapTile, mapFrame];

export const MAP_PARTS = MAP_BENCHES.map((b) => b.part);

export async function runMapSuite(only?: ReadonlySet<string>): Promise<void> {
  for (const bench of MAP_BENCHES) {
    if (only && !only.has(bench.part)) continue;
    log(`${bench.name}…`);
    const { value, baseline, detail } = await bench.measure();
    report({
      name: bench.name,
      value,
      unit: bench.unit,
      baseline,
      goal: bench.goal,
      note: detail ? `${bench.note}; ${detail}` : bench.note,
    });
  }
}
