// Part of suite "grid" (issue 16): core.call.p99_ms_under_load — the console core as browser mode runs it (in the
// web host's worker thread, reached over its port: src/web/start-core-worker.ts) on the 1,000,000-row cache.
// A small ConsoleApi call (app.info: no SQLite, so its round trip is pure waiting) every ~10 ms, while a CSV export
// of every row and deep sorted pages of a large filter (the night shift by address at offsets ≥ 200,000, the same
// query as grid.deep_page) run; p99 of those round trips. Baseline: the same call's p99 with no load, same run.
import fs from 'node:fs';
import type { RemoteCore } from '../src/core/remote/remote-core.ts';
import { createPrng } from '../src/shared/random/prng.ts';
import { log, percentile, report } from './report.ts';

const EVERY_MS = 10;
const IDLE_SAMPLES = 300;
const DEEP_FROM = 200_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Round trips of app.info, one every ~EVERY_MS, until `until()` says stop. */
async function smallCalls(core: RemoteCore, until: () => boolean): Promise<number[]> {
  const samples: number[] = [];
  while (!until()) {
    const started = performance.now();
    const answer = await core.call('app.info', {});
    if (!answer.ok) throw new Error(`app.info failed: ${JSON.stringify(answer.error)}`);
    const ms = performance.now() - started;
    samples.push(ms);
    await sleep(Math.max(0, EVERY_MS - ms));
  }
  return samples;
}

/** Deep blocks of the night shift sorted by address, one after another, until `until()` says stop. */
async function deepPages(core: RemoteCore, until: () => boolean): Promise<number> {
  const rng = createPrng(16);
  const filter = { shifts: ['night'] };
  const sort = { column: 'address', direction: 'asc' };
  const first = await core.call('operations.page', { filter, sort, offset: 0, limit: 100, withTotal: true });
  if (!first.ok) throw new Error(`page failed: ${JSON.stringify(first.error)}`);
  const total = (first.value as { total: number }).total;
  let pages = 0;
  while (!until()) {
    const offset = DEEP_FROM + rng.int(0, Math.floor((total - DEEP_FROM - 100) / 100)) * 100;
    const page = await core.call('operations.page', { filter, sort, offset, limit: 100, withTotal: false });
    if (!page.ok) throw new Error(`deep page failed: ${JSON.stringify(page.error)}`);
    pages++;
  }
  return pages;
}

export async function measureCoreCallUnderLoad(core: RemoteCore): Promise<void> {
  let idle = 0;
  const baseline = await smallCalls(core, () => idle++ >= IDLE_SAMPLES);
  log(`core.call: a 1M-row CSV export and deep sorted pages in the worker, app.info every ${EVERY_MS} ms meanwhile…`);
  let exporting = true;
  const started = performance.now();
  const exported = core.call('operations.exportCsv', { filter: {} }).finally(() => (exporting = false));
  const [underLoad, pages, result] = await Promise.all([smallCalls(core, () => !exporting), deepPages(core, () => !exporting), exported]);
  if (!result.ok) throw new Error(`export failed: ${JSON.stringify(result.error)}`);
  const file = result.value as { path: string; rows: number };
  fs.rmSync(file.path, { force: true });
  log(
    `  export of ${file.rows} rows in ${((performance.now() - started) / 1000).toFixed(1)} s with ${pages} deep pages; ` +
      `${underLoad.length} small calls: p50 ${percentile(underLoad, 50).toFixed(1)} ms, p99 ${percentile(underLoad, 99).toFixed(1)} ms, ` +
      `max ${Math.max(...underLoad).toFixed(1)} ms (idle p99 ${percentile(baseline, 99).toFixed(2)} ms)`,
  );
  report({
    name: 'core.call.p99_ms_under_load',
    value: percentile(underLoad, 99),
    unit: 'ms',
    baseline: percentile(baseline, 99),
    goal: { on: 'value', op: '<=', target: 50 },
    note:
      `app.info every ${EVERY_MS} ms to the core in the web host's worker thread while it exports ${file.rows} rows to CSV and ` +
      `pages the night shift by address at offsets ≥ ${DEEP_FROM} (${pages} blocks); baseline: the same call with no load`,
  });
}
