// `npm run bench` runs every suite; `npm run bench -- grid` runs one; `npm run bench -- live:e2e` runs only the
// named parts of a suite (comma-separated; the suite says which parts it has). Later issues add suites here.
import { COURT_PARTS, runCourtSuite } from './court.ts';
import { DISPATCH_PARTS, runDispatchSuite } from './dispatch.ts';
import { runGridSuite } from './grid.ts';
import { runInsightsSuite } from './insights.ts';
import { LIVE_PARTS, runLiveSuite } from './live/index.ts';
import { MAP_PARTS, runMapSuite } from './map.ts';
import { runPlanningSuite } from './planning.ts';
import { runScaleSuite, SCALE_PARTS } from './scale.ts';
import { log } from './report.ts';
import { runSyncSuite, SYNC_PARTS } from './sync.ts';

interface Suite {
  readonly run: (parts?: ReadonlySet<string>) => Promise<void>;
  readonly parts?: readonly string[];
}

const SUITES: Record<string, Suite> = {
  court: { run: runCourtSuite, parts: COURT_PARTS },
  dispatch: { run: runDispatchSuite, parts: DISPATCH_PARTS },
  grid: { run: runGridSuite },
  insights: { run: runInsightsSuite },
  live: { run: runLiveSuite, parts: LIVE_PARTS },
  map: { run: runMapSuite, parts: MAP_PARTS },
  planning: { run: runPlanningSuite },
  scale: { run: runScaleSuite, parts: SCALE_PARTS },
  sync: { run: runSyncSuite, parts: SYNC_PARTS },
};

const wanted = (process.argv.length > 2 ? process.argv.slice(2) : Object.keys(SUITES)).map((arg) => {
  const [name = '', parts] = arg.split(':', 2);
  return { name, parts: parts === undefined ? undefined : new Set(parts.split(',')) };
});
const unknown = wanted.filter(({ name, parts }) => {
  const suite = SUITES[name];
  return !suite || (parts && [...parts].some((part) => !suite.parts?.includes(part)));
});
if (unknown.length) {
  const known = Object.entries(SUITES).map(([name, s]) => (s.parts ? `${name}[:${s.parts.join(',')}]` : name));
  console.error(
    `Suite desconocida: ${unknown.map((u) => u.name + (u.parts ? `:${[...u.parts].join(',')}` : '')).join(', ')}. Disponibles: ${known.join(', ')}`,
  );
  process.exit(2);
}
for (const { name, parts } of wanted) {
  log(`suite ${name}${parts ? ` (${[...parts].join(', ')})` : ''}`);
  await SUITES[name]!.run(parts);
}
