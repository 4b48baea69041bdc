// Two dispatch desks, a real hub, real sockets: both send the same unit to two different incidents — at the same
// moment, and with one desk offline until after the other has sent it. Sending a unit is the incident's change, which
// the hub decides on the unit as it finds it: exactly one assignment stands, the other desk finds 'unit_busy' in its
// conflict inbox (its assignment kept there, to send another unit) and its incident back in the queue — nothing lost.
import { describe, expect, it } from 'vitest';
import type { ConsoleCore } from '../core/console-core.ts';
import { tempDir } from '../core/test-support/temp-dir.ts';
import type { DispatchQueue, IncidentView } from '../shared/api/dispatch.ts';
import type { OutboxStatus } from '../shared/api/writes.ts';
import type { UnitRow } from '../shared/live/unit-row.ts';
import type { Mutation } from '../shared/records/mutations.ts';
import { complaintAt, NUEVA_CORDOBA, uuidOf } from '../shared/records/test-support/dispatch.ts';
import type { Conflict } from '../shared/sync/conflict.ts';
import { call, consoleFor, eventually, hubAt, syncStatus } from './test-support/following-console.ts';
import { networkLink } from './test-support/network-link.ts';

const INCIDENTS = [uuidOf(1, 'a000'), uuidOf(2, 'a000')] as const;

const mutate = (core: ConsoleCore, mutation: Mutation) => call(core, 'records.mutate', { mutation });
const outbox = (core: ConsoleCore) => call<OutboxStatus>(core, 'outbox.status', {});
const view = async (core: ConsoleCore, id: string) => (await call<{ view: IncidentView | null }>(core, 'dispatch.incident', { id })).view;
const stateOf = (core: ConsoleCore, state: string) =>
  eventually(
    () => syncStatus(core),
    (s) => s.state === state,
    20_000,
  );
const open = (core: ConsoleCore, id: string, minutesAgo: number) =>
  mutate(core, {
    kind: 'incident.open',
    id,
    category: 'noise',
    priorityOverride: null,
    place: NUEVA_CORDOBA,
    description: 'Música alta',
    complaint: complaintAt(Date.now() - minutesAgo * 60_000, { id: uuidOf(minutesAgo, 'b000') }),
  });
const assign = (core: ConsoleCore, id: string, unitId: string) =>
  mutate(core, { kind: 'incident.assign', id, unitId, replacing: null, at: Date.now() });

/** Two dispatch desks following a hub (B through a link that can be cut), each with an incident both can see. */
async function desks() {
  const hub = await hubAt(tempDir());
  const link = await networkLink(hub.url);
  const a = consoleFor(hub, { role: 'dispatcher' });
  const b = consoleFor(hub, { role: 'dispatcher', url: link.url });
  await Promise.all([stateOf(a, 'live'), stateOf(b, 'live')]);
  await open(a, INCIDENTS[0], 5);
  await open(b, INCIDENTS[1], 3);
  for (const [desk, other] of [
    [a, INCIDENTS[1]],
    [b, INCIDENTS[0]],
  ] as const) {
    await eventually(
      () => view(desk, other),
      (v) => v?.unsynced === null,
    );
  }
  const [unit] = await eventually(
    () => call<{ units: UnitRow[] }>(a, 'units.list', {}).then((r) => r.units),
    (units) => units.length > 0,
  );
  return { hub, link, a, b, unitId: unit!.id };
}

/** Once both outboxes are settled: one assignment stands everywhere, the other desk has the refusal, nothing is lost. */
async function oneStands(desks: readonly [ConsoleCore, ConsoleCore], unitId: string) {
  const settled = await Promise.all(
    desks.map((desk) =>
      eventually(
        () => outbox(desk),
        (s) => s.pending === 0,
        20_000,
      ),
    ),
  );
  const loser = settled.findIndex((s) => s.conflicts === 1);
  expect(settled.map((s) => s.conflicts).sort()).toEqual([0, 1]);
  const [winningIncident, losingIncident] = loser === 1 ? INCIDENTS : [INCIDENTS[1], INCIDENTS[0]];
  const { conflicts } = await call<{ conflicts: Conflict[] }>(desks[loser]!, 'conflicts.list', {});
  expect(conflicts).toHaveLength(1);
  expect(conflicts[0]).toMatchObject({
    entity: 'incident',
    recordId: losingIncident,
    reason: 'unit_busy',
    mutations: [{ kind: 'incident.assign', id: losingIncident, unitId }], // kept, to send another unit
    mine: { status: 'assigned', units: [unitId] },
    theirs: { status: 'received', units: [], version: 1 },
  });
  for (const desk of desks) {
    const queue = await eventually(
      () => call<DispatchQueue>(desk, 'dispatch.queue', {}),
      (q) => q.open.some((v) => v.incident.id === winningIncident && v.incident.status === 'assigned'),
    );
    const byId = new Map(queue.open.map((v) => [v.incident.id, v.incident]));
    expect(byId.get(winningIncident)).toMatchObject({ status: 'assigned', units: [unitId] });
    expect(byId.get(losingIncident)).toMatchObject({ status: 'received', units: [] });
    const units = await eventually(
      () => call<{ units: UnitRow[] }>(desk, 'units.list', {}).then((r) => r.units),
      (rows) => rows.some((u) => u.id === unitId && u.task?.id === winningIncident),
    );
    expect(units.find((u) => u.id === unitId)).toMatchObject({ status: 'dispatched', task: { kind: 'incident', id: winningIncident } });
  }
}

describe('two dispatch desks send the same unit', () => {
  it('at the same moment: one assignment stands, the other desk gets unit_busy and its incident back in the queue', async () => {
    const { a, b, unitId, hub } = await desks();
    await Promise.all([assign(a, INCIDENTS[0], unitId), assign(b, INCIDENTS[1], unitId)]);
    await oneStands([a, b], unitId);
    // Only the roles that read incidents have a desk: a coordinator's console is refused it.
    const coordinator = consoleFor(hub, { role: 'coordinator' });
    await stateOf(coordinator, 'live');
    expect(await coordinator.dispatch('dispatch.queue', {})).toEqual({ ok: false, error: { code: 'forbidden' } });
    expect(
      await coordinator.dispatch('records.mutate', { mutation: { kind: 'incident.note', id: INCIDENTS[0], at: Date.now(), note: 'x' } }),
    ).toEqual({
      ok: false,
      error: { code: 'forbidden' },
    });
  }, 60_000);

  it('with one desk offline: the desk online wins, the other is told when it reconnects', async () => {
    const { a, b, unitId, link } = await desks();
    link.cut();
    await stateOf(b, 'offline');
    await assign(b, INCIDENTS[1], unitId);
    expect((await view(b, INCIDENTS[1]))?.incident).toMatchObject({ status: 'assigned', units: [unitId] });
    await assign(a, INCIDENTS[0], unitId);
    await eventually(
      () => outbox(a),
      (s) => s.pending === 0,
    );
    link.restore();
    await oneStands([a, b], unitId);
    expect(await outbox(a)).toEqual({ pending: 0, conflicts: 0 });
    expect((await outbox(b)).conflicts).toBe(1);
  }, 60_000);
});
