// The write path end to end: real console cores over real cache files, a real hub, real sockets — and a
// network link that can be cut, as a district office's can.
import { describe, expect, it } from 'vitest';
import type { ConsoleCore } from '../core/console-core.ts';
import { tempDir } from '../core/test-support/temp-dir.ts';
import type { OutboxStatus } from '../shared/api/writes.ts';
import type { Operation, OperationRow } from '../shared/operations/types.ts';
import type { Conflict } from '../shared/sync/conflict.ts';
import type { UnitRow } from '../shared/live/unit-row.ts';
import { LIVE_NAMESPACES } from '../shared/hub-protocol/namespaces.ts';
import { CHECKPOINT_PLAN } from './test-support/checkpoint-plan.ts';
import { connected, loginAs, socketTo } from './test-support/hub-clients.ts';
import { call, consoleFor, eventually, hubAt, syncStatus, untilLive } from './test-support/following-console.ts';
import { networkLink } from './test-support/network-link.ts';
import type { Mutation } from '../shared/records/mutations.ts';
import { complaintAt, NUEVA_CORDOBA } from '../shared/records/test-support/dispatch.ts';

const plan = CHECKPOINT_PLAN;

const outbox = (core: ConsoleCore) => call<OutboxStatus>(core, 'outbox.status', {});
const row = async (core: ConsoleCore, id: string) =>
  (await call<{ operation: OperationRow | null }>(core, 'operations.get', { id })).operation;
const units = async (core: ConsoleCore) => (await call<{ units: UnitRow[] }>(core, 'units.list', {})).units;
const create = async (core: ConsoleCore, team = plan.team) =>
  (await call<{ operation: Operation }>(core, 'operations.create', { plan: { ...plan, team } })).operation;

describe('writes through the hub', () => {
  it('a coordinator creates and edits; the hub applies each once and every console sees it', async () => {
    const hub = await hubAt(tempDir());
    const coordinator = consoleFor(hub, { role: 'coordinator' });
    const dispatcher = consoleFor(hub, { role: 'dispatcher' });
    await Promise.all([untilLive(coordinator), untilLive(dispatcher)]);
    const created = await create(coordinator);
    await call(coordinator, 'operations.setStatus', { id: created.id, status: 'planned' });
    await eventually(
      () => outbox(coordinator),
      (s) => s.pending === 0,
    );
    const seen = await eventually(
      () => row(dispatcher, created.id),
      (r) => r?.version === 2,
    );
    expect(seen).toMatchObject({ status: 'planned', team: 'Equipo 05', syncState: 'synced' });
    expect(await row(coordinator, created.id)).toEqual(seen);
  });

  it('the hub refuses a role that may not write, and the console says so before queueing anything', async () => {
    const hub = await hubAt(tempDir());
    const clerk = consoleFor(hub, { role: 'court_clerk' });
    await untilLive(clerk);
    expect(await clerk.dispatch('operations.create', { plan })).toEqual({ ok: false, error: { code: 'forbidden' } });
    expect(await outbox(clerk)).toEqual({ pending: 0, conflicts: 0 });
  });

  it('offline edits wait in the outbox and sync in order once the network is back', async () => {
    const hub = await hubAt(tempDir());
    const link = await networkLink(hub.url);
    const office = consoleFor(hub, { role: 'coordinator', url: link.url });
    const other = consoleFor(hub, { role: 'dispatcher' });
    await Promise.all([untilLive(office), untilLive(other)]);
    link.cut();
    await eventually(
      () => syncStatus(office),
      (s) => s.state === 'offline',
    );
    const created = await create(office);
    for (const team of ['Equipo 06', 'Equipo 07', 'Equipo 08']) {
      await call(office, 'operations.update', { id: created.id, patch: { team } });
    }
    expect(await outbox(office)).toEqual({ pending: 4, conflicts: 0 });
    expect((await row(office, created.id))?.syncState).toBe('pending');
    link.restore();
    await eventually(
      () => outbox(office),
      (s) => s.pending === 0,
      20_000,
    );
    expect(
      await eventually(
        () => row(other, created.id),
        (r) => r?.version === 4,
      ),
    ).toMatchObject({ team: 'Equipo 08' });
  });

  it('two consoles editing the same operation: the later one gets a visible conflict, never a silent overwrite', async () => {
    const hub = await hubAt(tempDir());
    const link = await networkLink(hub.url);
    const a = consoleFor(hub, { role: 'coordinator' });
    const b = consoleFor(hub, { role: 'coordinator', url: link.url });
    await Promise.all([untilLive(a), untilLive(b)]);
    const created = await create(a);
    await eventually(
      () => row(b, created.id),
      (r) => r?.version === 1,
    );
    link.cut();
    await call(b, 'operations.update', { id: created.id, patch: { team: 'Equipo B' } });
    await call(a, 'operations.update', { id: created.id, patch: { team: 'Equipo A' } });
    await eventually(
      () => outbox(a),
      (s) => s.pending === 0,
    );
    link.restore();
    const status = await eventually(
      () => outbox(b),
      (s) => s.conflicts === 1,
      20_000,
    );
    expect(status.pending).toBe(0);
    const { conflicts } = await call<{ conflicts: Conflict[] }>(b, 'conflicts.list', {});
    expect(conflicts[0]).toMatchObject({
      reason: 'version_conflict',
      mine: { team: 'Equipo B' },
      theirs: { team: 'Equipo A', version: 2 },
    });
    expect(await row(b, created.id)).toMatchObject({ team: 'Equipo A', syncState: 'conflict' });
    // Keep mine: made again on top of theirs, it wins only now, visibly, for everyone.
    await call(b, 'conflicts.resolve', { id: conflicts[0]!.id, choice: 'mine' });
    await eventually(
      () => row(a, created.id),
      (r) => r?.team === 'Equipo B' && r.version === 3,
    );
    expect(await outbox(b)).toEqual({ pending: 0, conflicts: 0 });
  });

  it('an administrator adds a dated setting; every console judges by it from its date', async () => {
    const hub = await hubAt(tempDir());
    const admin = consoleFor(hub, { role: 'administrator' });
    const coordinator = consoleFor(hub, { role: 'coordinator' });
    await Promise.all([untilLive(admin), untilLive(coordinator)]);
    const entry = { key: 'roster.limits', value: { minRestHours: 10, maxWeeklyHours: 40 }, effectiveFrom: '2099-03-02' };
    expect(await coordinator.dispatch('settings.add', { entry })).toEqual({ ok: false, error: { code: 'forbidden' } });
    await call(admin, 'settings.add', { entry });
    const weekOf = (date: string) => call<{ rules: { maxWeeklyHours: number } }>(coordinator, 'roster.week', { date });
    await eventually(
      () => weekOf('2099-03-02'),
      (w) => w.rules.maxWeeklyHours === 40,
    );
    expect((await weekOf('2099-02-23')).rules.maxWeeklyHours).toBe(48); // the week before: the default still
  });

  it('the settings list marks the entries whose change is not yet with the hub', async () => {
    const hub = await hubAt(tempDir());
    const link = await networkLink(hub.url);
    const admin = consoleFor(hub, { role: 'administrator', url: link.url });
    await untilLive(admin);
    link.cut();
    const entry = { key: 'roster.limits', value: { minRestHours: 11, maxWeeklyHours: 44 }, effectiveFrom: '2099-05-04' };
    const { setting } = await call<{ setting: { id: string } }>(admin, 'settings.add', { entry });
    type Listed = { entries: { id: string }[]; unsynced: Record<string, string> };
    const offline = await call<Listed>(admin, 'settings.list', {});
    expect(offline.unsynced).toEqual({ [setting.id]: 'pending' });
    expect(offline.entries.map((e) => e.id)).toContain(setting.id);
    link.restore();
    await eventually(
      () => call<Listed>(admin, 'settings.list', {}),
      (listed) => Object.keys(listed.unsynced).length === 0,
      20_000,
    );
  });

  it('a dispatcher sets a unit’s status and sends it to an incident: its board gets the rows, every console once the hub has them', async () => {
    const hub = await hubAt(tempDir());
    const dispatcher = consoleFor(hub, { role: 'dispatcher' });
    const coordinator = consoleFor(hub, { role: 'coordinator' });
    await Promise.all([untilLive(dispatcher), untilLive(coordinator)]);
    const { id } = (
      await eventually(
        () => units(dispatcher),
        (list) => list.length > 0,
      )
    )[0]!;
    const emitted: UnitRow[] = [];
    dispatcher.onEvent((event, payload) => {
      if (event === 'units.changed') emitted.push(...(payload as { units: UnitRow[] }).units);
    });
    const mutate = (core: ConsoleCore, mutation: Mutation) => core.dispatch('records.mutate', { mutation });

    // A status the crew gave by radio: the dispatcher's own write, on the board at once.
    const setStatus: Mutation = { kind: 'unit.setStatus', id, status: 'break', at: Date.now() };
    expect(await mutate(dispatcher, setStatus)).toMatchObject({ ok: true });
    expect(emitted).toContainEqual(expect.objectContaining({ id, status: 'break', statusSource: 'dispatcher' }));
    expect(await mutate(coordinator, { ...setStatus, status: 'available' })).toEqual({ ok: false, error: { code: 'forbidden' } });
    await eventually(
      () => units(coordinator),
      (list) => list.some((u) => u.id === id && u.status === 'break'),
    );

    // Sending it is the incident's change; the unit's next version (its task, "asignado") comes from the hub.
    const incident = '0190a8c0-0000-7000-8000-0000000000e1';
    const opened: Mutation = {
      kind: 'incident.open',
      id: incident,
      category: 'noise',
      priorityOverride: null,
      place: NUEVA_CORDOBA,
      description: 'Música alta',
      complaint: complaintAt(Date.now()),
    };
    expect(await mutate(dispatcher, opened)).toMatchObject({ ok: true });
    expect(await mutate(dispatcher, { kind: 'incident.assign', id: incident, unitId: id, replacing: null, at: Date.now() })).toMatchObject({
      ok: true,
    });
    await eventually(
      () => units(coordinator),
      (list) => list.some((u) => u.id === id && u.status === 'dispatched' && u.task?.id === incident),
    );
    await eventually(
      () => emitted,
      (rows) => rows.some((u) => u.id === id && u.status === 'dispatched' && u.task?.kind === 'incident' && u.task.id === incident),
    );

    expect(await mutate(dispatcher, { kind: 'incident.release', id: incident, unitId: id, at: Date.now() })).toMatchObject({ ok: true });
    await eventually(
      () => units(coordinator),
      (list) => list.some((u) => u.id === id && u.status === 'available' && u.task === null),
    );
    expect(await outbox(dispatcher)).toEqual({ pending: 0, conflicts: 0 });
  });

  it('a duplicate or replayed push changes nothing and gets the original answers', async () => {
    const hub = await hubAt(tempDir());
    const { token } = await loginAs(hub, 'coordinacion');
    const socket = await connected(socketTo(hub.url, LIVE_NAMESPACES.console, { token }));
    const push = {
      clientId: '0190a8c0-0000-7000-8000-0000000000c1',
      mutations: [
        {
          clientSeq: 1,
          mutationId: '0190a8c0-0000-7000-8000-000000000101',
          baseVersion: 0,
          madeAt: 1,
          mutation: { kind: 'operation.create', id: '0190a8c0-0000-7000-8000-000000000001', plan },
        },
      ],
    };
    const first: unknown = await socket.emitWithAck('mutate', push);
    const changesAfter: unknown = await socket.emitWithAck('changes', { since: 0, limit: 1000 });
    expect(await socket.emitWithAck('mutate', push)).toEqual(first);
    expect(await socket.emitWithAck('mutate', push)).toEqual(first);
    expect(await socket.emitWithAck('changes', { since: 0, limit: 1000 })).toEqual(changesAfter);
  });
});
