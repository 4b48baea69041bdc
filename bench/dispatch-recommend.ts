// dispatch.recommend.p95_ms — the units to send to an incident through the console core ('dispatch.recommend': the
// incident, the settings in force, every unit with its latest position, its task's operation and whether an open
// incident lists it, ranked by the shared rule) with a live city's worth in the cache: 2,000 units with positions
// (a quarter of them working: sent to one of 300 open incidents, or kept for one of 200 operations), 300 more
// incidents that ended. 300 random open incidents after 20 unmeasured.
// The core keeps the units and their positions in memory between reads (core/dispatch/unit-mirror.ts, fed by the
// events every unit change and position batch raise), so a call reads only the incident, the settings and the few
// operations units are kept for. baseline: raw SQLite reading the same 2,000 unit and position rows (a plain
// join, as arrays) — what a ranking that read its units from the cache at every call could not go under — timed
// right after each call, so both see the same machine.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { createCache } from '../src/core/cache/cache.ts';
import { CACHE_FILE_NAME } from '../src/core/cache/cache-session.ts';
import { createConsoleCore } from '../src/core/console-core.ts';
import { destination } from '../src/shared/live/geodesy.ts';
import type { Unit, UnitPosition } from '../src/shared/live/units.ts';
import { createPrng } from '../src/shared/random/prng.ts';
import type { Incident } from '../src/shared/records/incident-schema.ts';
import { incidentAt, NUEVA_CORDOBA, operationAt, unitAt, uuidOf } from '../src/shared/records/test-support/dispatch.ts';
import { DEFAULT_SETTINGS } from '../src/shared/settings/defaults.ts';
import type { DispatchBench } from './dispatch-bench.ts';
import { log, percentile } from './report.ts';

const UNITS = 2_000;
const OPEN_INCIDENTS = 300;
const ENDED_INCIDENTS = 300;
const OPERATIONS = 200;
const WARMUP = 20;
const RUNS = 300;
const MINUTE = 60_000;

/** A city at work now: units anywhere within 8 km of the centre, incidents and operations among them. */
function fillCache(file: string, now: number): string[] {
  const prng = createPrng(13);
  const cache = createCache(file);
  const somewhere = () => destination(NUEVA_CORDOBA, prng.next() * 360, prng.next() * 8_000);
  const open: Incident[] = Array.from({ length: OPEN_INCIDENTS }, (_, i) =>
    incidentAt(uuidOf(i + 1, 'a000'), now - prng.int(1, 180) * MINUTE, { place: { ...NUEVA_CORDOBA, ...somewhere() } }),
  );
  const ended = Array.from({ length: ENDED_INCIDENTS }, (_, i) =>
    incidentAt(uuidOf(i + 1, 'a100'), now - 20 * 60 * MINUTE, {
      status: 'closed',
      outcome: 'warning',
      closedAt: now - prng.int(1, 1_000) * MINUTE,
    }),
  );
  const operations = Array.from({ length: OPERATIONS }, (_, i) => operationAt(uuidOf(i + 1, 'b000'), now + prng.int(-120, 600) * MINUTE));
  const units: Unit[] = [];
  const positions: UnitPosition[] = [];
  for (let i = 0; i < UNITS; i++) {
    const id = `u-${String(i).padStart(4, '0')}`;
    const roll = prng.next();
    let unit = unitAt(id, { kind: roll < 0.75 ? 'vehicle' : 'foot' });
    if (roll < 0.15) {
      const incident = prng.pick(open);
      if (incident.units.length < 10) {
        incident.units.push(id);
        incident.status = 'assigned';
        unit = { ...unit, status: 'dispatched', task: { kind: 'incident', id: incident.id } };
      }
    } else if (roll < 0.25) unit = { ...unit, task: { kind: 'operation', id: prng.pick(operations).id } };
    else if (roll < 0.3) unit = { ...unit, status: prng.pick(['break', 'out_of_service'] as const) };
    units.push(unit);
    // One in twenty has been silent for minutes; the others reported within the last seconds.
    const age = prng.chance(0.05) ? prng.int(3, 30) * MINUTE : prng.int(0, 5_000);
    positions.push({ unitId: id, ...somewhere(), accuracyM: 8, speedKmh: 20, heading: 0, deviceTime: now - age, receivedAt: now - age });
  }
  cache.db.transaction(() => {
    cache.records.putNewer(
      'setting',
      DEFAULT_SETTINGS.map((entry, i) => ({ id: `default-${i}`, entry, version: 1 })),
    );
    cache.records.putNewer('incident', [...open, ...ended]);
    cache.operations.put(operations);
    cache.units.upsertUnits(units);
    cache.units.upsertPositions(positions);
  })();
  cache.close();
  return open.map((i) => i.id);
}

export const recommend: DispatchBench = {
  part: 'recommend',
  name: 'dispatch.recommend.p95_ms',
  unit: 'ms',
  goal: { on: 'value', op: '<=', target: 5 },
  note: `${UNITS} live units with positions, ${OPEN_INCIDENTS} open incidents, ${OPERATIONS} operations; p95 of ${RUNS} random incidents`,
  async measure() {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'convivencia-bench-dispatch-'));
    try {
      const file = path.join(dataDir, CACHE_FILE_NAME);
      const incidents = fillCache(file, Date.now());
      const core = createConsoleCore({ dataDir, host: 'browser', version: 'bench', demo: false, hub: null, log: () => {} });
      const raw = new Database(file, { readonly: true });
      const rows = raw
        .prepare(
          `SELECT u.id, u.call_sign, u.kind, u.status, u.task_kind, u.task_id, p.lat, p.lng, p.received_at
           FROM units AS u LEFT JOIN unit_positions AS p ON p.unit_id = u.id`,
        )
        .raw();
      const prng = createPrng(17);
      const ours: number[] = [];
      const ceiling: number[] = [];
      let eligible = 0;
      for (let i = 0; i < WARMUP + RUNS; i++) {
        const incidentId = prng.pick(incidents);
        let started = performance.now();
        const answer = await core.dispatch('dispatch.recommend', { incidentId });
        const ms = performance.now() - started;
        if (!answer.ok) throw new Error(`dispatch.recommend: ${JSON.stringify(answer.error)}`);
        started = performance.now();
        const read = rows.all();
        const rawMs = performance.now() - started;
        if (read.length !== UNITS) throw new Error(`raw read: ${read.length} rows`);
        if (i < WARMUP) continue;
        ours.push(ms);
        ceiling.push(rawMs);
        eligible += (answer.value as { units: { excluded: string | null }[] }).units.filter((u) => u.excluded === null).length;
      }
      raw.close();
      core.close();
      log(
        `  ${(eligible / RUNS).toFixed(0)} eligible units an incident; core p50 ${percentile(ours, 50).toFixed(2)} ms, p95 ${percentile(ours, 95).toFixed(2)} ms; raw p50 ${percentile(ceiling, 50).toFixed(2)} ms, p95 ${percentile(ceiling, 95).toFixed(2)} ms`,
      );
      return { value: percentile(ours, 95), baseline: percentile(ceiling, 95) };
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  },
};
