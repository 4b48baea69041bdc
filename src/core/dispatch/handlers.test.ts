// Despacho's reads through the real core and a real cache file (no hub: the units and positions a hub would have
// sent are written into the file first; incidents are opened and assigned through 'records.mutate', so they wait in
// the outbox as they would offline). Other roles are refused: src/hub/dispatch-desks.test.ts, with a hub's accounts.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type {
  DispatchAlerts,
  DispatchQueue,
  DispatchRecommendation,
  DuplicateCandidate,
  GeocodeResult,
  IncidentView,
} from '../../shared/api/dispatch.ts';
import { destination } from '../../shared/live/geodesy.ts';
import type { Unit, UnitPosition } from '../../shared/live/units.ts';
import type { Mutation } from '../../shared/records/mutations.ts';
import { complaintAt, incidentAt, NUEVA_CORDOBA, operationAt, unitAt, uuidOf } from '../../shared/records/test-support/dispatch.ts';
import { createCache } from '../cache/cache.ts';
import { CACHE_FILE_NAME } from '../cache/cache-session.ts';
import { createConsoleCore, type ConsoleCore } from '../console-core.ts';
import { tempDir } from '../test-support/temp-dir.ts';

const NOW = Date.now();
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const INC = uuidOf(1);
const LOT = uuidOf(2); // a vacant lot: low priority, opened first
const WORKED = uuidOf(3); // a crew on scene whose check-in is overdue
const CLOSED = uuidOf(4);
const LONG_AGO = uuidOf(5);
const EARLY = uuidOf(6);
const REFERRED = uuidOf(7);
const OP = { soon: uuidOf(11), later: uuidOf(12), running: uuidOf(13), over: uuidOf(14) };

const near = (metres: number, bearing = 0) => destination(NUEVA_CORDOBA, bearing, metres);
const position = (unitId: string, metres: number | null, age = 5_000): UnitPosition[] =>
  metres === null ? [] : [{ unitId, ...near(metres), accuracyM: 5, speedKmh: 0, heading: 0, deviceTime: NOW - age, receivedAt: NOW - age }];
const task = (kind: 'incident' | 'operation', id: string): Unit['task'] => ({ kind, id });

/** The fleet as a hub would have sent it: [unit, metres from the incident (null: no position), position age ms]. */
const FLEET: [Unit, number | null, number?][] = [
  [unitAt('movil-01'), 500],
  [unitAt('movil-02'), 2_000],
  [unitAt('pie-01', { kind: 'foot', callSign: 'Pie 01' }), 200],
  [unitAt('movil-03'), 300, 10 * MINUTE], // sin señal
  [unitAt('movil-04'), null],
  [unitAt('movil-05', { task: task('operation', OP.soon) }), 100],
  [unitAt('movil-06', { task: task('operation', OP.later) }), 1_000],
  [unitAt('movil-07', { task: task('operation', OP.running) }), 150],
  [unitAt('movil-08', { status: 'on_scene', task: task('incident', WORKED) }), 3_000],
  [unitAt('movil-09'), 400], // sent here from this console: its record has not caught up
  [unitAt('movil-10', { task: task('operation', OP.over) }), 2_500],
  [unitAt('movil-11', { silenceAck: { lastSeenAt: NOW - 20 * MINUTE, at: NOW - 15 * MINUTE, by: 'despacho' } }), 5_000, 20 * MINUTE],
];

function start(fill: (cache: ReturnType<typeof createCache>) => void = () => {}): ConsoleCore {
  const dataDir = tempDir();
  const cache = createCache(path.join(dataDir, CACHE_FILE_NAME));
  cache.units.upsertUnits(FLEET.map(([unit]) => unit));
  cache.units.upsertPositions(FLEET.flatMap(([unit, metres, age]) => position(unit.id, metres, age)));
  cache.operations.put([
    operationAt(OP.soon, NOW + 30 * MINUTE, 'reserved'),
    operationAt(OP.later, NOW + 5 * HOUR, 'reserved'),
    operationAt(OP.running, NOW - HOUR, 'in_progress'),
    operationAt(OP.over, NOW - 6 * HOUR, 'closed'),
  ]);
  cache.records.putNewer('incident', [
    incidentAt(WORKED, NOW - HOUR, {
      status: 'on_scene',
      units: ['movil-08'],
      assignedAt: NOW - 55 * MINUTE,
      arrivedAt: NOW - 40 * MINUTE,
      checkInDueAt: NOW - 5 * MINUTE,
    }),
    incidentAt(CLOSED, NOW - 3 * HOUR, { status: 'closed', outcome: 'warning', closedAt: NOW - 2 * HOUR }),
    incidentAt(LONG_AGO, NOW - 15 * HOUR, { status: 'cancelled', closedAt: NOW - 13 * HOUR }),
    incidentAt(REFERRED, NOW - 2 * HOUR, { status: 'referred', closedAt: NOW - 30 * MINUTE }),
  ]);
  fill(cache);
  cache.close();
  return createConsoleCore({ dataDir, host: 'browser', version: 'test', demo: false, hub: null, log: () => {} });
}

async function call<T>(core: ConsoleCore, method: string, input: unknown): Promise<T> {
  const result = await core.dispatch(method, input);
  if (!result.ok) throw new Error(`${method}: ${JSON.stringify(result.error)}`);
  return result.value as T;
}
const mutate = (core: ConsoleCore, mutation: Mutation) => call(core, 'records.mutate', { mutation });
const open = (core: ConsoleCore, id: string, category: 'noise' | 'party' | 'vacant_lot', receivedAt: number, urgent = false) =>
  mutate(core, {
    kind: 'incident.open',
    id,
    category,
    priorityOverride: urgent ? { priority: 1, reason: 'Llamados reiterados' } : null,
    place: NUEVA_CORDOBA,
    description: 'Denuncia',
    complaint: complaintAt(receivedAt),
  });

/**
 * The desk of this test: INC (noise, just now, urgent) with movil-09 sent to it, LOT (a vacant lot, earlier)
 * waiting, EARLY (a party, urgent, two hours ago, opened last).
 */
async function desk(): Promise<ConsoleCore> {
  const core = start();
  await open(core, LOT, 'vacant_lot', NOW - 20 * MINUTE);
  await open(core, INC, 'noise', NOW - 2 * MINUTE, true);
  await mutate(core, { kind: 'incident.assign', id: INC, unitId: 'movil-09', replacing: null, at: NOW - MINUTE });
  await open(core, EARLY, 'party', NOW - 2 * HOUR, true);
  return core;
}

describe('the Despacho desk’s reads', () => {
  it('queues open incidents by priority, then by waiting time; ended ones of the last 12 hours after', async () => {
    const core = await desk();
    const queue = await call<DispatchQueue>(core, 'dispatch.queue', {});
    expect(queue.open.map((v) => [v.incident.id, v.priority, v.unitCallSigns, v.unsynced])).toEqual([
      [EARLY, 1, [], 'pending'],
      [WORKED, 1, ['Móvil movil-08'], null],
      [INC, 1, ['Móvil movil-09'], 'pending'],
      [LOT, 4, [], 'pending'], // waiting longer than INC, but low priority
    ]);
    expect(queue.ended.map((v) => v.incident.id)).toEqual([REFERRED, CLOSED]); // the latest to end first
    expect(queue.sla.p1.assign).toEqual({ amberMinutes: 3, redMinutes: 5 });
    const { view } = await call<{ view: IncidentView | null }>(core, 'dispatch.incident', { id: INC });
    expect(view).toMatchObject({
      incident: { status: 'assigned', units: ['movil-09'] },
      unitCallSigns: ['Móvil movil-09'],
      unsynced: 'pending',
    });
    expect(await call(core, 'dispatch.incident', { id: uuidOf(99) })).toEqual({ view: null });
    core.close();
  });

  it('recommends free units by arrival estimate and sets the others aside with the reason', async () => {
    const core = await desk();
    const { incidentId, units } = await call<DispatchRecommendation>(core, 'dispatch.recommend', { incidentId: INC });
    expect(incidentId).toBe(INC);
    const eligible = units.filter((u) => u.excluded === null);
    // 500 m by car (97 s) before 1 km by car (194 s) before 200 m on foot (200 s) before 2 km by car (389 s).
    expect(eligible.map((u) => [u.unitId, u.etaSeconds])).toEqual([
      ['movil-01', 97],
      ['movil-06', 194],
      ['pie-01', 200],
      ['movil-02', 389],
      ['movil-10', 486],
    ]);
    expect(Object.fromEntries(units.filter((u) => u.excluded).map((u) => [u.unitId, u.excluded]))).toEqual({
      'movil-03': 'stale',
      'movil-04': 'stale',
      'movil-05': 'reserved',
      'movil-07': 'busy',
      'movil-08': 'busy',
      'movil-09': 'busy',
      'movil-11': 'stale',
    });
    // The unit as its record has it: movil-09's still says available until the hub's version arrives.
    expect(units.find((u) => u.unitId === 'movil-09')).toMatchObject({
      callSign: 'Móvil movil-09',
      kind: 'vehicle',
      status: 'available',
      task: null,
    });
    expect(units.find((u) => u.unitId === 'movil-06')).toMatchObject({ task: { kind: 'operation', id: OP.later } });
    expect(await core.dispatch('dispatch.recommend', { incidentId: uuidOf(99) })).toEqual({
      ok: false,
      error: { code: 'refused', issues: [{ path: 'incidentId', code: 'not_found' }] },
    });
    core.close();
  });

  it('offers open incidents of the same category, near and recent enough, as the same incident', async () => {
    const core = await desk();
    const duplicates = (query: object) => call<{ candidates: DuplicateCandidate[] }>(core, 'dispatch.duplicates', query);
    const here = { category: 'noise', ...near(100, 90), at: NOW };
    const { candidates } = await duplicates(here);
    expect(candidates.map((c) => [c.incident.id, Math.round(c.distanceM), c.ageMinutes])).toEqual([
      [INC, 100, 2],
      [WORKED, 100, 60],
    ]);
    expect((await duplicates({ ...here, category: 'pavement' })).candidates).toEqual([]);
    expect((await duplicates({ ...here, ...near(1_000, 90) })).candidates).toEqual([]);
    expect(await core.dispatch('dispatch.duplicates', { ...here, lat: 120 })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
    core.close();
  });

  it('places a barrio and an avenue from the project’s geography; an unknown barrio is the barrio field’s problem', async () => {
    const core = start();
    const barrio = await call<GeocodeResult>(core, 'dispatch.geocode', { barrio: 'nueva cordoba', address: null });
    expect(barrio.place).toMatchObject({ barrio: 'Nueva Córdoba', address: null, precision: 'barrio' });
    expect(await core.dispatch('dispatch.geocode', { barrio: 'Atlántida', address: 'Colón 1200' })).toEqual({
      ok: false,
      error: { code: 'invalid_input', issues: [{ path: 'barrio', code: 'not_found' }] },
    });
    expect(await core.dispatch('dispatch.geocode', { barrio: '', address: null })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', issues: [{ path: 'barrio', code: 'required' }] },
    });
    core.close();
  });

  it('raises an overdue check-in and a silent unit, by call sign, and says when the next one falls due', async () => {
    const core = await desk();
    const { alerts, nextAt } = await call<DispatchAlerts>(core, 'dispatch.alerts', {});
    expect(alerts.map((a) => [a.kind, a.incidentId, a.unitId, a.callSign])).toEqual([
      ['unit_silent', null, 'movil-03', 'Móvil movil-03'],
      ['check_in_overdue', WORKED, 'movil-08', 'Móvil movil-08'],
    ]);
    expect(alerts[1]).toMatchObject({ key: `check_in_overdue:${WORKED}:${NOW - 5 * MINUTE}`, since: NOW - 5 * MINUTE });
    // Next, if nothing changes, the freshest units fall silent: heard from 5 s ago, lost once over 120 s old.
    expect(nextAt).toBeGreaterThan(NOW - 5_000 + 120_000);
    expect(nextAt).toBeLessThanOrEqual(NOW - 5_000 + 121_000);
    core.close();
  });

  it('says which settings a hub lacks instead of guessing', async () => {
    const core = start((cache) =>
      cache.records.putNewer('setting', [
        {
          id: 'default-001',
          entry: { key: 'roster.limits', value: { minRestHours: 10, maxWeeklyHours: 44 }, effectiveFrom: '2020-01-01' },
          version: 1,
        },
      ]),
    );
    expect(await core.dispatch('dispatch.queue', {})).toEqual({
      ok: false,
      error: { code: 'refused', issues: [{ path: 'dispatch.sla', code: 'missing_settings' }] },
    });
    core.close();
  });
});
