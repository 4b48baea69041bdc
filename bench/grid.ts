// Suite "grid": the operations grid over a 1,000,000-operation cache.
//   cache.seed.rows_per_s  our seed (generate + insert + build indexes) vs raw better-sqlite3 inserts of the
//                          same pre-generated rows into the same schema, 10k rows per transaction
//   grid.block.p95_ms      a 100-row block at random offsets, five sort/filter combinations, through the
//                          core's dispatch (validation included); baseline: raw SQLite reading 100 rows by key
//   grid.filter.p95_ms     a changed filter: first block + total, filters not asked before (cold caches)
//   grid.deep_page.p95_ms  (issue 16) a block at offset ≥ 200,000 of a filtered result of over 250,000 rows (the
//                          night shift's, ~315,000) sorted by another column (address); baseline: raw SQLite
//                          reading 100 rows by key
//   web.first_rows_ms      browser mode (the core in the web host's worker): navigation → first grid row visible,
//                          median of 5 loads
//   core.call.p99_ms_under_load  (issue 16) a small call while a 1M-row export and deep pages run (core-call.ts)
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { createConsoleCore, type ConsoleCore } from '../src/core/console-core.ts';
import { createCache } from '../src/core/cache/cache.ts';
import { CACHE_FILE_NAME } from '../src/core/cache/cache-session.ts';
import { migrate } from '../src/core/cache/migrate.ts';
import { seedOperations } from '../src/core/seed/seed-operations.ts';
import { searchKey } from '../src/shared/text/search-key.ts';
import { generateOperations } from '../src/shared/demo/generate-operations.ts';
import type { OperationsFilter, OperationsSort } from '../src/shared/operations/query.ts';
import { createPrng } from '../src/shared/random/prng.ts';
import type { RemoteCore } from '../src/core/remote/remote-core.ts';
import { startCoreWorker } from '../src/web/start-core-worker.ts';
import { startWebHost } from '../src/web/web-host.ts';
import { CHROMIUM_ARGS, chromiumExecutable } from '../e2e/support/chromium.ts';
import { measureCoreCallUnderLoad } from './core-call.ts';
import { log, percentile, report } from './report.ts';

const ROWS = 1_000_000;
const UNTIL = Date.UTC(2026, 10, 26, 15);
const DAY = 86_400_000;
const DATA = path.resolve('bench/.data/grid');
/** Where a deep page starts (issue 16: offset ≥ 200,000). */
const DEEP_FROM = 200_000;

function freshDir(name: string): string {
  const dir = path.join(DATA, name);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}

function measureSeed(): { ours: number; raw: number } {
  log('seeding 1,000,000 operations through the console (generate + insert + indexes)…');
  const cache = createCache(path.join(freshDir('cache'), CACHE_FILE_NAME));
  let started = performance.now();
  seedOperations(cache.operations, { seed: 1, count: ROWS, until: UNTIL });
  const ours = ROWS / ((performance.now() - started) / 1000);
  cache.close();

  log('raw better-sqlite3 baseline: same rows, same schema, 10k rows per transaction…');
  const rows = [...generateOperations({ seed: 1, count: ROWS, until: UNTIL })].map((r) => [
    r.id,
    r.type,
    r.status,
    r.barrio,
    r.lat,
    r.lng,
    r.address,
    searchKey(r.address),
    r.plannedStart,
    r.plannedEnd,
    r.shift,
    r.team,
    r.resultSummary,
    r.createdAt,
    r.updatedAt,
    r.version,
  ]);
  const db = new Database(path.join(freshDir('raw'), 'raw.sqlite3'));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  migrate(db);
  const insert = db.prepare(`INSERT INTO operations (id, type, status, barrio, lat, lng, address, address_search,
    planned_start, planned_end, shift, team, result_summary, created_at, updated_at, version)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const batch = db.transaction((slice: unknown[][]) => {
    for (const row of slice) insert.run(...row);
  });
  started = performance.now();
  for (let i = 0; i < rows.length; i += 10_000) batch(rows.slice(i, i + 10_000));
  const raw = ROWS / ((performance.now() - started) / 1000);
  db.close();
  fs.rmSync(path.join(DATA, 'raw'), { recursive: true, force: true });
  return { ours, raw };
}

const sort = (column: OperationsSort['column'], direction: OperationsSort['direction'] = 'asc'): OperationsSort => ({ column, direction });

const BLOCK_COMBOS: [string, OperationsFilter, OperationsSort][] = [
  ['all, newest first (default view)', {}, sort('plannedStart', 'desc')],
  ['alcohol tests, newest first', { types: ['alcohol_test'] }, sort('plannedStart', 'desc')],
  [
    'downtown barrios in the last year',
    { barrios: ['Centro', 'Nueva Córdoba'], from: UNTIL - 365 * DAY, to: UNTIL },
    sort('plannedStart', 'desc'),
  ],
  ['closed vacant-lot inspections by barrio', { types: ['vacant_lot'], statuses: ['closed'] }, sort('barrio')],
  ['all, by address', {}, sort('address')],
];

const FILTERS: OperationsFilter[] = [
  // Not alcohol_test nor the downtown filter: measureBlocks already warmed their caches.
  ...(['noise_check', 'public_event', 'street_vending', 'vacant_lot', 'education_session', 'camera_review'] as const).map((type) => ({
    types: [type],
  })),
  { barrios: ['Alta Córdoba'] },
  { barrios: ['General Paz', 'Juniors'] },
  { statuses: ['planned', 'reserved'] },
  { statuses: ['cancelled'] },
  { from: UNTIL - 30 * DAY, to: UNTIL },
  { from: Date.UTC(2025, 0, 1), to: Date.UTC(2025, 11, 31) },
  { types: ['noise_check'], barrios: ['Nueva Córdoba'] },
  { text: 'colón' },
  { text: 'san juan' },
  { text: 'velez' },
  { text: 'illia 2' },
  { shifts: ['night'], statuses: ['closed'] },
];

async function page(core: ConsoleCore, filter: OperationsFilter, sortBy: OperationsSort, offset: number, withTotal: boolean) {
  const result = await core.dispatch('operations.page', { filter, sort: sortBy, offset, limit: 100, withTotal });
  if (!result.ok) throw new Error(`page failed: ${JSON.stringify(result.error)}`);
  return result.value as { rows: unknown[]; total?: number };
}

async function measureBlocks(core: ConsoleCore, dataDir: string): Promise<{ ours: number; raw: number }> {
  const rng = createPrng(7);
  const ours: number[] = [];
  const raw: number[] = [];
  const db = new Database(path.join(dataDir, CACHE_FILE_NAME), { readonly: true });
  const byKeys = db.prepare('SELECT * FROM operations WHERE seq IN (SELECT value FROM json_each(?))');
  for (const [label, filter, sortBy] of BLOCK_COMBOS) {
    const { total } = await page(core, filter, sortBy, 0, true); // the filter's first block is grid.filter's business
    const samples: number[] = [];
    for (let i = 0; i < 60; i++) {
      const offset = rng.int(0, Math.floor((total! - 1) / 100)) * 100;
      const started = performance.now();
      await page(core, filter, sortBy, offset, false);
      samples.push(performance.now() - started);
      const keys = JSON.stringify(Array.from({ length: 100 }, () => rng.int(1, ROWS)));
      const rawStarted = performance.now();
      byKeys.all(keys);
      raw.push(performance.now() - rawStarted);
    }
    log(`  block p95 ${percentile(samples, 95).toFixed(1)} ms — ${label} (${total} rows)`);
    ours.push(...samples);
  }
  db.close();
  return { ours: percentile(ours, 95), raw: percentile(raw, 95) };
}

/** The deep blocks of one large filtered result in another column's order, after its first block and total. */
async function measureDeepPages(core: ConsoleCore, dataDir: string): Promise<{ ours: number; raw: number; first: number; total: number }> {
  const rng = createPrng(11);
  const filter: OperationsFilter = { shifts: ['night'] };
  const byAddress = sort('address');
  const { total } = await page(core, filter, byAddress, 0, true);
  if (total! < DEEP_FROM + 100) throw new Error(`the deep-page filter has only ${total} rows`);
  const db = new Database(path.join(dataDir, CACHE_FILE_NAME), { readonly: true });
  const byKeys = db.prepare('SELECT * FROM operations WHERE seq IN (SELECT value FROM json_each(?))');
  const ours: number[] = [];
  const raw: number[] = [];
  try {
    for (let i = 0; i < 40; i++) {
      const offset = DEEP_FROM + rng.int(0, Math.floor((total! - DEEP_FROM - 100) / 100)) * 100;
      const started = performance.now();
      await page(core, filter, byAddress, offset, false);
      ours.push(performance.now() - started);
      const rawStarted = performance.now();
      byKeys.all(JSON.stringify(Array.from({ length: 100 }, () => rng.int(1, ROWS))));
      raw.push(performance.now() - rawStarted);
    }
  } finally {
    db.close();
  }
  log(
    `  deep block p95 ${percentile(ours, 95).toFixed(1)} ms, median ${percentile(ours, 50).toFixed(1)} ms, first ${ours[0]!.toFixed(1)} ms ` +
      `(it waits for the order being built in slices) — night shift by address (${total} rows)`,
  );
  return { ours: percentile(ours, 95), raw: percentile(raw, 95), first: ours[0]!, total: total! };
}

async function measureFilters(core: ConsoleCore): Promise<number> {
  const samples: number[] = [];
  for (const filter of FILTERS) {
    const started = performance.now();
    await page(core, filter, sort('plannedStart', 'desc'), 0, true);
    samples.push(performance.now() - started);
    log(`  filter ${(performance.now() - started).toFixed(1)} ms — ${JSON.stringify(filter)}`);
  }
  return percentile(samples, 95);
}

async function measureFirstRows(core: RemoteCore): Promise<number> {
  const host = await startWebHost({ core, rendererDir: path.resolve('out/renderer') });
  const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS });
  const samples: number[] = [];
  try {
    for (let i = 0; i < 6; i++) {
      const context = await browser.newContext({ locale: 'es-AR', timezoneId: 'America/Argentina/Cordoba' });
      const tab = await context.newPage();
      const started = performance.now();
      await tab.goto(host.url);
      await tab.locator('[role="row"][row-index="0"] [role="gridcell"]').first().waitFor({ state: 'visible', timeout: 30_000 });
      if (i > 0) samples.push(performance.now() - started); // the first load warms Chromium's disk cache
      await context.close();
    }
  } finally {
    await browser.close();
    await host.close();
  }
  return percentile(samples, 50);
}

export async function runGridSuite(): Promise<void> {
  if (!fs.existsSync('out/renderer/index.html')) throw new Error('out/renderer is missing: run `npm run build` first');
  const seed = measureSeed();
  report({
    name: 'cache.seed.rows_per_s',
    value: seed.ours,
    unit: 'rows/s',
    baseline: seed.raw,
    goal: { on: 'ratio', op: '>=', target: 0.5 },
  });

  const dataDir = path.join(DATA, 'cache');
  const core = createConsoleCore({ dataDir, host: 'browser', version: 'bench', demo: false });
  try {
    const blocks = await measureBlocks(core, dataDir);
    report({
      name: 'grid.block.p95_ms',
      value: blocks.ours,
      unit: 'ms',
      baseline: blocks.raw,
      goal: { on: 'value', op: '<=', target: 20 },
    });
    report({ name: 'grid.filter.p95_ms', value: await measureFilters(core), unit: 'ms', goal: { on: 'value', op: '<=', target: 150 } });
    const deep = await measureDeepPages(core, dataDir);
    report({
      name: 'grid.deep_page.p95_ms',
      value: deep.ours,
      unit: 'ms',
      baseline: deep.raw,
      goal: { on: 'value', op: '<=', target: 50 },
      note:
        `40 blocks of 100 at random offsets ≥ ${DEEP_FROM} of the night-shift filter (${deep.total} rows) sorted by address, ` +
        `right after its first block; the first deep block waited ${deep.first.toFixed(0)} ms for the order being built in ` +
        `slices (repository.ts: deepOrder), later ones are a slice of it; baseline: raw SQLite reading 100 rows by key`,
    });
  } finally {
    await core.close();
  }
  // Browser mode as it runs: the core in the web host's worker thread, on the same cache (closed above: one core each).
  const worker = startCoreWorker({ dataDir, host: 'browser', version: 'bench', demo: false });
  try {
    report({ name: 'web.first_rows_ms', value: await measureFirstRows(worker), unit: 'ms', goal: { on: 'value', op: '<=', target: 1500 } });
    await measureCoreCallUnderLoad(worker);
  } finally {
    await worker.close();
  }
}
