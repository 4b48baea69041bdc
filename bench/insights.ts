// Suite "insights": Indicadores over a 1,000,000-operation cache (three years, details and findings on every closed
// operation, their notices' follow-ups and court cases, 150,000 complaints: bench/insights-data.ts), made once and
// kept under bench/.data/insights (delete the folder to make it again).
//   insights.dashboard.ms              every indicator for the last year, the first computation after the console
//                                      opens the cache, through the core's dispatch (validation included); baseline:
//                                      raw SQLite counting that year's operation facts (a COUNT over their rows)
//   insights.dashboard.filter_p95_ms   20 filter changes (barrios, CPCs, types, categories, channels, shorter
//                                      ranges), each a first computation of that filter
//   insights.facts.insert_100k_ms      the facts' triggers on writing 100,000 operations with details, row by row
//                                      (as a sync writes them), 10,000 per transaction; baseline: the same rows into
//                                      a cache without the facts (schema version 10)
//   insights.facts.bulk_100k_ms        the same rows through the bulk load (large seeds), which adds the facts in one
//                                      pass; baseline: the same load less that pass (timed again over the loaded rows)
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { CACHE_FILE_NAME } from '../src/core/cache/cache-session.ts';
import { createCache } from '../src/core/cache/cache.ts';
import { migrate } from '../src/core/cache/migrate.ts';
import { createConsoleCore } from '../src/core/console-core.ts';
import { addOperationFacts } from '../src/core/insights/facts/install.ts';
import { ensureVerdictRules } from '../src/core/insights/facts/judge.ts';
import { OperationsRepository } from '../src/core/operations/repository.ts';
import type { InsightsFilter } from '../src/shared/api/insights.ts';
import type { Operation } from '../src/shared/operations/types.ts';
import { DEFAULT_SETTINGS } from '../src/shared/settings/defaults.ts';
import { addDaysIso } from '../src/shared/settings/iso-date.ts';
import { cordobaIsoDate } from '../src/shared/time/cordoba.ts';
import { addFollowUpRecords, operationsWithDetails } from './insights-data.ts';
import { log, percentile, report } from './report.ts';

const ROWS = 1_000_000;
const INCIDENTS = 150_000;
const UNTIL = Date.UTC(2026, 10, 26, 15);
const SPAN_DAYS = 3 * 365;
const DAY = 86_400_000;
const DATA = path.resolve('bench/.data/insights');
/** Bump when the data set changes, so that an old one is made again. */
const DATA_VERSION = '5';

const TO = cordobaIsoDate(UNTIL);
const YEAR: InsightsFilter = { from: addDaysIso(TO, -364), to: TO };

function dataSet(): string {
  const dir = path.join(DATA, 'cache');
  const marker = path.join(DATA, 'version');
  if (fs.existsSync(marker) && fs.readFileSync(marker, 'utf8') === DATA_VERSION) return dir;
  fs.rmSync(DATA, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  log(
    `making the data set: ${ROWS.toLocaleString('en')} operations with details, their follow-ups, ${INCIDENTS.toLocaleString('en')} complaints…`,
  );
  const cache = createCache(path.join(dir, CACHE_FILE_NAME));
  let started = performance.now();
  cache.operations.bulkLoad(operationsWithDetails(ROWS, UNTIL));
  log(`  operations in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  started = performance.now();
  const made = addFollowUpRecords(cache, INCIDENTS, UNTIL - SPAN_DAYS * DAY, UNTIL);
  log(
    `  ${made.notices} notices, ${made.cases} court cases, ${made.incidents} incidents in ${((performance.now() - started) / 1000).toFixed(0)} s`,
  );
  cache.db.pragma('wal_checkpoint(TRUNCATE)');
  cache.close();
  fs.writeFileSync(marker, DATA_VERSION);
  return dir;
}

function freshDb(version?: number): Database.Database {
  const dir = path.join(DATA, 'inserts');
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const db = new Database(path.join(dir, CACHE_FILE_NAME));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  migrate(db, version);
  if (version === undefined) ensureVerdictRules(db, DEFAULT_SETTINGS); // as the console does when it opens a cache
  return db;
}

/** Milliseconds to write `rows` row by row (10,000 a transaction) into a fresh cache at `version` (default: with the facts). */
function timeInserts(rows: readonly Operation[], version?: number): number {
  const db = freshDb(version);
  const repo = new OperationsRepository(db);
  const started = performance.now();
  for (let i = 0; i < rows.length; i += 10_000) repo.insertMany(rows.slice(i, i + 10_000));
  const ms = performance.now() - started;
  db.close();
  return ms;
}

/** A bulk load's milliseconds, and those of its facts pass alone (timed again over the loaded rows). */
function timeBulkLoad(rows: readonly Operation[]): { total: number; facts: number } {
  const db = freshDb();
  let started = performance.now();
  new OperationsRepository(db).bulkLoad(rows);
  const total = performance.now() - started;
  db.exec('DELETE FROM insight_operations; DELETE FROM insight_findings;');
  started = performance.now();
  db.transaction(() => addOperationFacts(db, 0))();
  const facts = performance.now() - started;
  db.close();
  return { total, facts };
}

const FILTERS: InsightsFilter[] = [
  { ...YEAR, barrios: ['Centro'] },
  { ...YEAR, barrios: ['Nueva Córdoba', 'General Paz', 'Alta Córdoba'] },
  { ...YEAR, cpcs: ['Mercado de la Ciudad'] },
  { ...YEAR, cpcs: ['Rancagua', 'Colón'] },
  { ...YEAR, operationTypes: ['alcohol_test'] },
  { ...YEAR, operationTypes: ['noise_check', 'public_event'] },
  { ...YEAR, operationTypes: ['vacant_lot'] },
  { ...YEAR, categories: ['camera'] },
  { ...YEAR, categories: ['noise', 'alcohol'] },
  { ...YEAR, channels: ['line_103'] },
  { ...YEAR, channels: ['whatsapp', 'citizens_app'] },
  { from: addDaysIso(TO, -29), to: TO },
  { from: addDaysIso(TO, -89), to: TO },
  { from: addDaysIso(TO, -729), to: addDaysIso(TO, -365) },
  { from: addDaysIso(TO, -1094), to: TO },
  { ...YEAR, barrios: ['Centro'], operationTypes: ['street_vending'] },
  { ...YEAR, cpcs: ['Mercado de la Ciudad'], categories: ['noise'] },
  { from: addDaysIso(TO, -89), to: TO, channels: ['line_103'], barrios: ['Nueva Córdoba'] },
  { from: addDaysIso(TO, -179), to: TO, operationTypes: ['camera_review'] },
  { ...YEAR, barrios: ['Villa Retiro', 'Alto Verde', 'Palmar'], categories: ['vacant_lot'] },
];

export async function runInsightsSuite(): Promise<void> {
  const dataDir = dataSet();
  const core = createConsoleCore({ dataDir, host: 'browser', version: 'bench', demo: false });
  try {
    const dashboard = async (filter: InsightsFilter) => {
      const started = performance.now();
      const result = await core.dispatch('insights.dashboard', filter);
      if (!result.ok) throw new Error(`dashboard failed: ${JSON.stringify(result.error)}`);
      return performance.now() - started;
    };
    const first = await dashboard(YEAR);
    const db = new Database(path.join(dataDir, CACHE_FILE_NAME), { readonly: true });
    const count = db.prepare('SELECT count(*) FROM insight_operations WHERE day BETWEEN ? AND ?').pluck();
    const rawSamples = [1, 2, 3].map(() => {
      const started = performance.now();
      count.get(YEAR.from, YEAR.to);
      return performance.now() - started;
    });
    log(`  first dashboard ${first.toFixed(0)} ms over ${count.get(YEAR.from, YEAR.to)} operations of the year`);
    db.close();
    report({
      name: 'insights.dashboard.ms',
      value: first,
      unit: 'ms',
      baseline: percentile(rawSamples, 50),
      goal: { on: 'value', op: '<=', target: 500 },
    });

    const samples: number[] = [];
    for (const filter of FILTERS) {
      const ms = await dashboard(filter);
      samples.push(ms);
      log(`  filter ${ms.toFixed(0)} ms — ${JSON.stringify(filter)}`);
    }
    report({
      name: 'insights.dashboard.filter_p95_ms',
      value: percentile(samples, 95),
      unit: 'ms',
      goal: { on: 'value', op: '<=', target: 300 },
    });
  } finally {
    core.close();
  }

  log('trigger cost: 100,000 operations with details into caches with and without the facts…');
  const rows = [...operationsWithDetails(100_000, UNTIL)];
  const without = timeInserts(rows, 10);
  const withFacts = timeInserts(rows);
  report({ name: 'insights.facts.insert_100k_ms', value: withFacts, unit: 'ms', baseline: without });
  const bulk = timeBulkLoad(rows);
  report({ name: 'insights.facts.bulk_100k_ms', value: bulk.total, unit: 'ms', baseline: bulk.total - bulk.facts });
}
