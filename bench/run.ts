// `npm run bench` runs every suite; `npm run bench -- grid` runs one. Later issues add suites here.
import { runGridSuite } from './grid.ts';
import { runLiveSuite } from './live.ts';
import { log } from './report.ts';

const SUITES: Record<string, () => Promise<void>> = { grid: runGridSuite, live: runLiveSuite };

const wanted = process.argv.slice(2);
const unknown = wanted.filter((name) => !(name in SUITES));
if (unknown.length) {
  console.error(`Suite desconocida: ${unknown.join(', ')}. Disponibles: ${Object.keys(SUITES).join(', ')}`);
  process.exit(2);
}
for (const name of wanted.length ? wanted : Object.keys(SUITES)) {
  log(`suite ${name}`);
  await SUITES[name]!();
}
