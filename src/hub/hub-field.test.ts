// What devices may send, what consoles receive from it and what devices are told, against a real hub.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChangesAnswerSchema, ChangeSchema, SnapshotAnswerSchema, type Change } from '../shared/hub-protocol/changes.ts';
import { FieldDispatchSchema, type FieldDispatch } from '../shared/hub-protocol/field.ts';
import { FieldHealthAnswerSchema } from '../shared/hub-protocol/field-health.ts';
import { PositionsBatchSchema } from '../shared/hub-protocol/positions.ts';
import { MAX_PAYLOAD_BYTES } from '../shared/hub-protocol/namespaces.ts';
import type { ChangesAnswer } from '../shared/hub-protocol/changes.ts';
import type { Unit, UnitPosition } from '../shared/live/units.ts';
import type { Incident } from '../shared/records/incident-schema.ts';
import { addSettingToday, push, sendToIncident } from './test-support/console-requests.ts';
import { startHub, type Hub } from './hub.ts';
import {
  collectChanges,
  connectConsole,
  connectDevice,
  deviceToken,
  loginAs,
  nextChange,
  nextEvent,
  request,
  sleep,
  telemetry,
} from './test-support/hub-clients.ts';
import { openTestStore, testStore } from './test-support/test-store.ts';

let root: string;
let hub: Hub;
let units: string[];

beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'hub-field-'));
  hub = await startHub({ ...testStore(root), demoUnits: 10 });
  units = hub.demo!.devices.map((d) => d.unitId);
});
afterAll(async () => {
  await hub.close();
  fs.rmSync(root, { recursive: true, force: true });
});

const device = (i: number) => connectDevice(hub.url, deviceToken(hub, units[i]!));
const dispatcher = async () => connectConsole(hub.url, (await loginAs(hub, 'despacho')).token);
const administrator = async () => connectConsole(hub.url, (await loginAs(hub, 'admin')).token);

async function changesSince(socket: Socket, since: number, limit: number): Promise<ChangesAnswer> {
  const answer = await request(socket, 'changes', { since, limit });
  if (!answer.ok) throw new Error(answer.error);
  return ChangesAnswerSchema.parse(answer.value);
}

describe('telemetry', () => {
  it('is stored and acknowledged', async () => {
    expect(await request(await device(0), 'telemetry', telemetry(units[0]!))).toEqual({ ok: true, value: null });
  });

  it('for another unit is forbidden', async () => {
    expect(await request(await device(0), 'telemetry', telemetry(units[1]!))).toEqual({ ok: false, error: 'forbidden' });
  });

  it('that is malformed or oversized gets an error answer; that device and the others keep working', async () => {
    const [a, b] = await Promise.all([device(0), device(1)]);
    const invalid = { ok: false, error: 'invalid_input' };
    const malformed: unknown[][] = [
      [{ ...telemetry(units[0]!), lat: 'south' }],
      [{ ...telemetry(units[0]!), status: 'asleep' }],
      [{ ...telemetry(units[0]!), extra: 1 }],
      [{ ...telemetry(units[0]!), lat: 91 }],
      ['just text'],
      [null],
      [],
      [telemetry(units[0]!), 'a second argument'],
    ];
    for (const args of malformed) expect(await request(a, 'telemetry', ...args)).toEqual(invalid);
    const oversized = { ...telemetry(units[0]!), padding: 'x'.repeat(MAX_PAYLOAD_BYTES) };
    expect(await request(a, 'telemetry', oversized)).toEqual(invalid);
    expect(await request(a, 'unknown-event', {})).toEqual(invalid);
    expect(a.connected).toBe(true);
    expect(await request(a, 'telemetry', telemetry(units[0]!))).toEqual({ ok: true, value: null });
    expect(await request(b, 'telemetry', telemetry(units[1]!))).toEqual({ ok: true, value: null });
  });

  it('in a frame beyond the transport limit closes only that connection', async () => {
    const [a, b] = await Promise.all([device(2), device(3)]);
    const closed = nextEvent<string>(a, 'disconnect');
    a.emit('telemetry', { ...telemetry(units[2]!), padding: 'x'.repeat(1_100_000) });
    expect(await closed).toBe('transport close');
    expect(await request(b, 'telemetry', telemetry(units[3]!))).toEqual({ ok: true, value: null });
  });

  it('beyond the rate limit is refused message by message, without disconnecting', async () => {
    const a = await device(4);
    const answers = await Promise.all(Array.from({ length: 100 }, () => request(a, 'telemetry', telemetry(units[4]!))));
    const limited = answers.filter((answer) => !answer.ok && answer.error === 'rate_limited').length;
    expect(limited).toBeGreaterThanOrEqual(30); // burst 40, refilling at 20/s while the 100 arrive (well under 1.5 s)
    expect(answers.filter((answer) => answer.ok).length).toBe(100 - limited);
    await sleep(200); // four tokens back
    expect(await request(a, 'telemetry', telemetry(units[4]!))).toEqual({ ok: true, value: null });
    expect(a.connected).toBe(true);
  });
});

describe('a status change', () => {
  it('gets the next seq, is delivered live to consoles and is in the change log', async () => {
    const consoleSocket = await dispatcher();
    const before = await changesSince(consoleSocket, 0, 1);
    const live = nextChange(consoleSocket);
    const a = await device(5);
    await request(a, 'telemetry', telemetry(units[5]!, { status: 'on_scene' }));
    const change = ChangeSchema.parse(await live);
    expect(change).toMatchObject({ seq: before.lastSeq + 1, entity: 'unit', id: units[5], data: { status: 'on_scene', version: 2 } });
    expect(await changesSince(consoleSocket, before.lastSeq, 10)).toEqual({ changes: [change], lastSeq: change.seq, hasMore: false });
  });

  it('is not repeated for reports with the same status, nor taken from an older report', async () => {
    const consoleSocket = await dispatcher();
    const seen = collectChanges(consoleSocket);
    const a = await device(5);
    const newer = telemetry(units[5]!, { status: 'break' });
    const older = { ...newer, deviceTime: newer.deviceTime - 10_000, status: 'out_of_service' as const };
    for (const t of [newer, telemetry(units[5]!, { status: 'break' }), older]) await request(a, 'telemetry', t);
    await sleep(150);
    expect(seen.map((c) => (c.data as Unit).status)).toEqual(['break']);
  });
});

describe('positions', () => {
  it('are coalesced: one entry per unit per tick, the newest', async () => {
    const consoleSocket = await dispatcher();
    const batches: UnitPosition[][] = [];
    consoleSocket.on('positions', (batch: unknown) => batches.push(PositionsBatchSchema.parse(batch)));
    const a = await device(1);
    const sent = Array.from({ length: 10 }, (_, i) => telemetry(units[1]!, { lat: -31.4 - i / 1000 }));
    for (const t of sent) a.emit('telemetry', t);
    const last = sent.at(-1)!;
    await nextEvent<UnitPosition[]>(consoleSocket, 'positions', (batch) => batch.some((p) => p.deviceTime === last.deviceTime));
    const ours = batches.map((batch) => batch.filter((p) => p.unitId === units[1]));
    expect(ours.every((entries) => entries.length <= 1)).toBe(true);
    expect(ours.flat().length).toBeLessThanOrEqual(3); // 10 reports sent at once fall into one or two ticks
    expect(ours.flat().at(-1)).toMatchObject({ unitId: units[1], lat: last.lat, lng: last.lng, accuracyM: 8, speedKmh: 20, heading: 90 });
  });
});

const HOUR = 3_600_000;
const PLACE = { barrio: 'Centro', address: 'San Martín 100', lat: -31.4139, lng: -64.1818, precision: 'street' } as const;

const incidentChange = (id: string) => (change: Change) => change.entity === 'incident' && change.id === id;
const lastStep = (change: Change) => (change.data as Incident).steps.at(-1);
const dispatchTo = (socket: Socket, accept: (d: FieldDispatch) => boolean) =>
  nextEvent<unknown>(socket, 'dispatch', (payload) => accept(FieldDispatchSchema.parse(payload))).then((p) => FieldDispatchSchema.parse(p));

describe('a device reporting its status on an incident', () => {
  it('is told its task with the incident’s place, and its status change goes on the incident’s timeline', async () => {
    const unitId = units[6]!;
    const a = await device(6);
    const consoleSocket = await dispatcher();
    const told = dispatchTo(a, (d) => d.task !== null);
    // The dispatch's own unit change reaches the console too, before the reports below.
    const broadcast = nextChange(consoleSocket, (c) => c.entity === 'unit' && c.id === unitId && (c.data as Unit).status === 'dispatched');
    const incidentId = await sendToIncident(consoleSocket, unitId, PLACE);
    await broadcast;
    expect(await told).toEqual({
      unitId,
      task: { kind: 'incident', id: incidentId },
      place: { lat: PLACE.lat, lng: PLACE.lng },
      status: 'dispatched',
      statusSource: 'dispatcher',
      statusAt: expect.any(Number),
    });

    const seen = collectChanges(consoleSocket);
    // The first report since the hub started is a baseline: it does not undo the dispatcher's 'dispatched'.
    await request(a, 'telemetry', telemetry(unitId, { status: 'available' }));
    const report = telemetry(unitId, { status: 'en_route' });
    const onTimeline = nextChange(consoleSocket, incidentChange(incidentId));
    expect(await request(a, 'telemetry', report)).toEqual({ ok: true, value: null });
    const incident = ChangeSchema.parse(await onTimeline).data as Incident;
    expect(incident.status).toBe('en_route');
    expect(lastStep({ entity: 'incident', data: incident } as Change)).toEqual({
      at: report.deviceTime,
      by: unitId,
      console: null,
      action: 'unit_status',
      unitId,
      unitStatus: 'en_route',
      source: 'device',
      applied: true,
    });
    const unitChanges = seen.filter((c) => c.entity === 'unit').map((c) => c.data as Unit);
    expect(unitChanges).toEqual([
      expect.objectContaining({
        status: 'en_route',
        statusAt: report.deviceTime,
        statusSource: 'device',
        task: { kind: 'incident', id: incidentId },
      }),
    ]);
  });

  it('older than a dispatcher’s newer status is recorded on the timeline without taking effect', async () => {
    const unitId = units[7]!;
    const a = await device(7);
    const consoleSocket = await dispatcher();
    const now = Date.now();
    const incidentId = await sendToIncident(consoleSocket, unitId, PLACE, now - 60_000);
    await request(a, 'telemetry', telemetry(unitId, { status: 'dispatched', deviceTime: now - 30_000 })); // baseline
    const told = dispatchTo(a, (d) => d.status === 'on_scene');
    const unit = nextChange(consoleSocket, (c) => c.id === unitId && (c.data as Unit).status === 'on_scene');
    await push(consoleSocket, { mutation: { kind: 'unit.setStatus', id: unitId, status: 'on_scene', at: now }, baseVersion: 1 });
    // The dispatcher's status reaches the device, which adopts it (the simulator does).
    expect(await told).toMatchObject({ status: 'on_scene', statusSource: 'dispatcher', statusAt: now });
    const { version } = (await unit).data as Unit;

    const onTimeline = nextChange(consoleSocket, (c) => incidentChange(incidentId)(c) && lastStep(c)?.applied === false);
    const unitAfter = nextChange(consoleSocket, (c) => c.id === unitId && (c.data as Unit).version === version + 1);
    await request(a, 'telemetry', telemetry(unitId, { status: 'en_route', deviceTime: now - 10_000 }));
    expect(lastStep(await onTimeline)).toMatchObject({ at: now - 10_000, unitStatus: 'en_route', source: 'device', applied: false });
    expect((await onTimeline).data).toMatchObject({ status: 'on_scene' });
    expect((await unitAfter).data).toMatchObject({ status: 'on_scene', statusAt: now, statusSource: 'dispatcher' });
  });
});

describe('a device clock out of tolerance', () => {
  it('is refused: ahead (a GPS week rollover) and far behind, counted for administrators only', async () => {
    const unitId = units[8]!;
    const a = await device(8);
    const ahead = telemetry(unitId, { deviceTime: Date.UTC(2045, 5, 1) });
    const behind = telemetry(unitId, { deviceTime: Date.now() - 2 * 24 * HOUR });
    expect(await request(a, 'telemetry', ahead)).toEqual({ ok: false, error: 'clock_ahead' });
    expect(await request(a, 'telemetry', behind)).toEqual({ ok: false, error: 'clock_behind' });
    expect(await request(a, 'telemetry', telemetry(unitId, { deviceTime: Date.now() - 6 * HOUR }))).toEqual({ ok: true, value: null });

    const snapshot = await request(await dispatcher(), 'snapshot', {});
    const positions = snapshot.ok ? SnapshotAnswerSchema.parse(snapshot.value).positions : [];
    expect(positions.find((p) => p.unitId === unitId)?.deviceTime).toBeLessThan(Date.now() - 5 * HOUR); // the accepted one

    expect(await request(await dispatcher(), 'fieldHealth', {})).toEqual({ ok: false, error: 'forbidden' });
    const admin = await administrator();
    expect(await request(admin, 'fieldHealth', { extra: 1 })).toEqual({ ok: false, error: 'invalid_input' });
    const answer = await request(admin, 'fieldHealth', {});
    const health = FieldHealthAnswerSchema.parse(answer.ok && answer.value);
    expect(health.tolerance).toEqual({ aheadSeconds: 120, behindSeconds: 12 * 3600 });
    expect(health.since).toBeLessThanOrEqual(Date.now());
    expect(health.units.find((u) => u.unitId === unitId)).toEqual({
      unitId,
      callSign: expect.stringMatching(/^(Móvil|Pie) \d+$/),
      ahead: 1,
      behind: 1,
      lastDeviceTime: behind.deviceTime,
      lastRefusedAt: expect.any(Number),
    });
  });
});

describe('a unit frozen by a position dated in the future (kept by an earlier hub)', () => {
  it('takes the next report within the tolerance as its newest; a new tolerance applies at once', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hub-frozen-'));
    let other = await startHub({ ...testStore(dir), demoUnits: 2 });
    const unitId = other.demo!.devices[0]!.unitId;
    await other.close();
    const store = openTestStore(dir);
    const frozen = {
      unitId,
      lat: -31.3,
      lng: -64.3,
      accuracyM: 8,
      speedKmh: 0,
      heading: 0,
      deviceTime: Date.UTC(2045, 0, 1),
      receivedAt: Date.now(),
    };
    store.positions.saveLatest([frozen]);
    store.close();
    other = await startHub(testStore(dir));
    try {
      const consoleSocket = await connectConsole(other.url, (await loginAs(other, 'despacho')).token);
      const a = await connectDevice(other.url, deviceToken(other, unitId));
      const report = telemetry(unitId, { lat: -31.42 });
      const seen = nextEvent<unknown>(consoleSocket, 'positions', (batch) =>
        PositionsBatchSchema.parse(batch).some((p) => p.unitId === unitId && p.deviceTime === report.deviceTime),
      );
      expect(await request(a, 'telemetry', report)).toEqual({ ok: true, value: null });
      await seen;
      const snapshot = await request(consoleSocket, 'snapshot', {});
      expect(snapshot.ok && SnapshotAnswerSchema.parse(snapshot.value).positions).toEqual([
        expect.objectContaining({ unitId, lat: -31.42, deviceTime: report.deviceTime }),
      ]);

      // An administrator widens the tolerance from today: a report an hour ahead is accepted from then on.
      const hourAhead = () => telemetry(unitId, { deviceTime: Date.now() + HOUR });
      expect(await request(a, 'telemetry', hourAhead())).toEqual({ ok: false, error: 'clock_ahead' });
      const admin = await connectConsole(other.url, (await loginAs(other, 'admin')).token);
      await addSettingToday(admin, { key: 'field.clockTolerance', value: { aheadSeconds: 2 * 3600, behindSeconds: 3600 } });
      expect(await request(a, 'telemetry', hourAhead())).toEqual({ ok: true, value: null });
    } finally {
      await other.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
