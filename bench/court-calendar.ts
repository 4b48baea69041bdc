// court.calendar.p95_ms — opening a court's week through the console core ('court.calendar': the days and their
// hearing hours, the week's hearings, their conflicts over their cases, the judges) with a year of one court in the
// cache: 5,000 hearings, 20 a business day in two rooms, each with its case. 200 random weeks after 20 unmeasured.
// baseline: raw SQLite reading the same week's hearing rows through the same index and parsing them — the ceiling
// of any calendar over this cache — timed right after each call, so both see the same machine.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { createCache } from '../src/core/cache/cache.ts';
import { CACHE_FILE_NAME } from '../src/core/cache/cache-session.ts';
import { createConsoleCore } from '../src/core/console-core.ts';
import { isBusinessDay } from '../src/shared/court/business-days.ts';
import { hearingSlotId } from '../src/shared/court/hearing-slot.ts';
import { createPrng } from '../src/shared/random/prng.ts';
import type { CourtCase } from '../src/shared/records/court-case-schema.ts';
import type { Hearing } from '../src/shared/records/hearing-schema.ts';
import { caseAt, hearingAt } from '../src/shared/records/test-support/court-cases.ts';
import { DEFAULT_SETTINGS } from '../src/shared/settings/defaults.ts';
import { addDaysIso } from '../src/shared/settings/iso-date.ts';
import { cordobaDayRange } from '../src/shared/time/cordoba.ts';
import type { CourtBench } from './court-bench.ts';
import { log, percentile } from './report.ts';

const COURT = 'cpc-mercado-de-la-ciudad';
const HEARINGS = 5_000;
const FIRST_MONDAY = '2026-01-05';
const ROOMS = ['Sala 1', 'Sala 2'];
const JUDGES = ['Dra. María Laura Ferreyra', 'Dr. Ricardo Molina'];
const WARMUP = 20;
const RUNS = 200;

const uuid = (prefix: string, n: number) => `0190a8c0-0000-7000-${prefix}-${String(n).padStart(12, '0')}`;

/** A year of one court: business days from FIRST_MONDAY, ten half-hour slots from 08:30 in each room; its weeks. */
function fillCache(file: string): number {
  const cache = createCache(file);
  const holidays = new Set<string>();
  const settings = DEFAULT_SETTINGS.map((entry, i) => ({ id: `default-${i}`, entry, version: 1 }));
  const cases: CourtCase[] = [];
  const hearings: Hearing[] = [];
  let day = FIRST_MONDAY;
  while (hearings.length < HEARINGS) {
    if (isBusinessDay(day, holidays)) {
      for (let slot = 0; slot < 10 && hearings.length < HEARINGS; slot++) {
        for (const [r, room] of ROOMS.entries()) {
          const caseId = uuid('8000', hearings.length + 1);
          const offender = { kind: 'person' as const, dni: String(20_000_000 + hearings.length), fullName: `Persona ${hearings.length}` };
          cases.push(caseAt(caseId, 'term_expired', { record: { ...caseAt(caseId, 'opened').record, offender } }));
          const start = cordobaDayRange(day)![0] + (8 * 60 + 30 + slot * 30) * 60_000;
          const id = hearingSlotId(COURT, room, start);
          hearings.push(hearingAt(caseId, 'scheduled', { id, room, judge: JUDGES[r]!, start, end: start + 30 * 60_000 }));
        }
      }
    }
    day = addDaysIso(day, 1);
  }
  cache.db.transaction(() => {
    cache.records.putNewer('setting', settings);
    cache.records.putNewer('court_case', cases);
    cache.records.putNewer('hearing', hearings);
  })();
  cache.close();
  return Math.ceil((Date.parse(day) - Date.parse(FIRST_MONDAY)) / (7 * 86_400_000));
}

export const calendarWeek: CourtBench = {
  part: 'calendar',
  name: 'court.calendar.p95_ms',
  unit: 'ms',
  goal: { on: 'value', op: '<=', target: 50 },
  note: `${HEARINGS} hearings of one court in the cache (a year); p95 of ${RUNS} random weeks`,
  async measure() {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'convivencia-bench-court-'));
    try {
      const file = path.join(dataDir, CACHE_FILE_NAME);
      const weeks = fillCache(file);
      const core = createConsoleCore({ dataDir, host: 'browser', version: 'bench', demo: false, hub: null, log: () => {} });
      const raw = new Database(file, { readonly: true });
      const rows = raw.prepare(
        `SELECT data FROM records INDEXED BY records_hearing_start
         WHERE entity = 'hearing' AND json_extract(data, '$.start') >= ? AND json_extract(data, '$.start') < ?`,
      );
      const prng = createPrng(11);
      const ours: number[] = [];
      const ceiling: number[] = [];
      let shown = 0;
      for (let i = 0; i < WARMUP + RUNS; i++) {
        const from = addDaysIso(FIRST_MONDAY, 7 * prng.int(0, weeks - 1));
        let started = performance.now();
        const answer = await core.dispatch('court.calendar', { courtId: COURT, from, days: 7 });
        const ms = performance.now() - started;
        if (!answer.ok) throw new Error(`court.calendar: ${JSON.stringify(answer.error)}`);
        started = performance.now();
        const week = rows.all(cordobaDayRange(from)![0], cordobaDayRange(addDaysIso(from, 7))![0]) as { data: string }[];
        week.map((row) => JSON.parse(row.data) as unknown);
        const rawMs = performance.now() - started;
        if (i < WARMUP) continue;
        ours.push(ms);
        ceiling.push(rawMs);
        shown += (answer.value as { hearings: unknown[] }).hearings.length;
      }
      raw.close();
      core.close();
      log(
        `  ${weeks} weeks, ${(shown / RUNS).toFixed(0)} hearings a week; core p50 ${percentile(ours, 50).toFixed(2)} ms, p95 ${percentile(ours, 95).toFixed(2)} ms; raw p95 ${percentile(ceiling, 95).toFixed(2)} ms`,
      );
      return { value: percentile(ours, 95), baseline: percentile(ceiling, 95) };
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  },
};
