// Catching up: the change log after a disconnect and after a hub restart, and the track retention.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChangesAnswerSchema, SnapshotAnswerSchema } from '../shared/hub-protocol/changes.ts';
import type { Change, ChangesAnswer, SnapshotAnswer } from '../shared/hub-protocol/changes.ts';
import type { Unit, UnitStatus } from '../shared/live/units.ts';
import { MAX_BULK_RECORDS_PAGE } from '../shared/hub-protocol/push.ts';
import { readableBy } from '../shared/records/permissions.ts';
import { startHub, type Hub } from './hub.ts';
import { addSettingToday } from './test-support/console-requests.ts';
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
import { openTestStore, RECOVERS_SESSIONS, testStore } from './test-support/test-store.ts';

let root: string;
let hub: Hub;

// One hub for the file (each test works on its own units and counts seqs from its own start); the restart
// test replaces it with its successor.
beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'hub-sync-'));
  hub = await startHub({ ...testStore(root), demoUnits: 5 });
});
afterAll(async () => {
  await hub.close();
  fs.rmSync(root, { recursive: true, force: true });
});

async function call<T>(socket: Socket, event: string, payload: unknown): Promise<T> {
  const answer = await request<T>(socket, event, payload);
  if (!answer.ok) throw new Error(answer.error);
  return answer.value;
}

/** Pulls every change after `since` in pages of `limit`, as a console catching up does. */
async function pullAll(socket: Socket, since: number, limit: number): Promise<{ changes: Change[]; pages: ChangesAnswer[] }> {
  const pages: ChangesAnswer[] = [];
  for (let cursor = since, more = true; more;) {
    const page = ChangesAnswerSchema.parse(await call(socket, 'changes', { since: cursor, limit }));
    pages.push(page);
    cursor = page.changes.at(-1)?.seq ?? cursor;
    more = page.hasMore;
  }
  return { changes: pages.flatMap((p) => p.changes), pages };
}

/** Makes the unit's device report each status in turn; resolves once all are stored. */
async function reportStatuses(device: Socket, unitId: string, statuses: readonly UnitStatus[]): Promise<void> {
  for (const status of statuses) expect(await request(device, 'telemetry', telemetry(unitId, { status }))).toMatchObject({ ok: true });
}

const CYCLE: readonly UnitStatus[] = ['en_route', 'on_scene', 'available', 'break', 'available', 'out_of_service', 'available'];

describe('catching up', () => {
  it('returns exactly the changes made while a console was away, in order, in pages', async () => {
    const [unitA, unitB] = hub.demo!.devices.map((d) => d.unitId);
    const consoleSocket = await connectConsole(hub.url, (await loginAs(hub, 'despacho')).token);
    const snapshot = SnapshotAnswerSchema.parse(await call<SnapshotAnswer>(consoleSocket, 'snapshot', {}));
    expect(snapshot.positions).toEqual([]); // no device has reported yet
    consoleSocket.disconnect();

    const [a, b] = await Promise.all([connectDevice(hub.url, deviceToken(hub, unitA!)), connectDevice(hub.url, deviceToken(hub, unitB!))]);
    await Promise.all([reportStatuses(a, unitA!, CYCLE), reportStatuses(b, unitB!, CYCLE.slice(0, 4))]);

    consoleSocket.connect();
    await nextEvent(consoleSocket, 'connect');
    const { changes, pages } = await pullAll(consoleSocket, snapshot.seq, 3);
    expect(changes.map((c) => c.seq)).toEqual(Array.from({ length: 11 }, (_, i) => snapshot.seq + 1 + i));
    expect(changes.filter((c) => c.id === unitA).map((c) => (c.data as Unit).status)).toEqual(CYCLE);
    expect(changes.filter((c) => c.id === unitB).map((c) => (c.data as Unit).status)).toEqual(CYCLE.slice(0, 4));
    expect(changes.filter((c) => c.id === unitA).map((c) => c.data.version)).toEqual([2, 3, 4, 5, 6, 7, 8]);
    expect(pages.map((p) => [p.changes.length, p.hasMore])).toEqual([
      [3, true],
      [3, true],
      [3, true],
      [2, false],
    ]);
    expect(pages.every((p) => p.lastSeq === snapshot.seq + 11)).toBe(true);
  });

  it('validates the request', async () => {
    const consoleSocket = await connectConsole(hub.url, (await loginAs(hub, 'admin')).token);
    for (const bad of [
      { since: -1, limit: 10 },
      { since: 0, limit: 0 },
      { since: 0, limit: 1001 },
      { since: 0 },
      { since: 0.5, limit: 1 },
    ]) {
      expect(await request(consoleSocket, 'changes', bad)).toEqual({ ok: false, error: 'invalid_input' });
    }
    expect(await request(consoleSocket, 'snapshot', { all: true })).toEqual({ ok: false, error: 'invalid_input' });
  });

  it('answers a first sync: record counts when asked, and pages of up to MAX_BULK_RECORDS_PAGE records', async () => {
    const consoleSocket = await connectConsole(hub.url, (await loginAs(hub, 'despacho')).token);
    const plain = SnapshotAnswerSchema.parse(await call(consoleSocket, 'snapshot', {}));
    expect(plain.counts).toBeUndefined(); // counting is a pass over every record: only when asked
    const { counts } = SnapshotAnswerSchema.parse(await call(consoleSocket, 'snapshot', { counts: true }));
    expect(counts).toEqual(Object.fromEntries(readableBy('dispatcher').map((entity) => [entity, expect.any(Number)])));
    expect(counts!.unit).toBe(5);
    const page = await call<{ records: { id: string }[]; hasMore: boolean }>(consoleSocket, 'records', {
      entity: 'unit',
      after: null,
      limit: MAX_BULK_RECORDS_PAGE,
    });
    expect([page.records.length, page.hasMore]).toEqual([5, false]);
    for (const bad of [{ entity: 'unit', after: null, limit: MAX_BULK_RECORDS_PAGE + 1 }, { counts: 'yes' }]) {
      const event = 'entity' in bad ? 'records' : 'snapshot';
      expect(await request(consoleSocket, event, bad)).toEqual({ ok: false, error: 'invalid_input' });
    }
  });

  it('limits the request rate of a console without disconnecting it', async () => {
    const consoleSocket = await connectConsole(hub.url, (await loginAs(hub, 'admin')).token);
    const answers = await Promise.all(Array.from({ length: 200 }, () => request(consoleSocket, 'changes', { since: 0, limit: 1 })));
    expect(answers.filter((a) => !a.ok && a.error === 'rate_limited').length).toBeGreaterThanOrEqual(50); // burst 100, 50/s
    await sleep(100);
    expect(await request(consoleSocket, 'changes', { since: 0, limit: 1 })).toMatchObject({ ok: true });
  });

  it('works across a hub restart: the console reconnects by itself and pulls what it missed', async () => {
    const unitId = hub.demo!.devices[2]!.unitId;
    const session = await loginAs(hub, 'coordinacion');
    const consoleSocket = await connectConsole(hub.url, session.token, {
      reconnectionDelay: 300,
      reconnectionDelayMax: 300,
      randomizationFactor: 0,
    });
    const { seq } = SnapshotAnswerSchema.parse(await call(consoleSocket, 'snapshot', {}));
    const { port, dataDir, demo } = hub;

    const dropped = nextEvent(consoleSocket, 'disconnect');
    await hub.close();
    await dropped;
    hub = await startHub({ ...testStore(dataDir), port });
    expect(hub.demo?.devices).toEqual(demo!.devices);
    const device = await connectDevice(hub.url, deviceToken(hub, unitId));
    await reportStatuses(device, unitId, ['en_route', 'on_scene']);

    await nextEvent(consoleSocket, 'connect');
    expect(consoleSocket.recovered).toBeFalsy(); // a new process: Socket.IO has no session to recover
    const { changes } = await pullAll(consoleSocket, seq, 1);
    expect(changes.map((c) => [c.seq, (c.data as Unit).status])).toEqual([
      [seq + 1, 'en_route'],
      [seq + 2, 'on_scene'],
    ]);
    const live = nextChange(consoleSocket);
    await reportStatuses(device, unitId, ['available']);
    expect(await live).toMatchObject({ seq: seq + 3, data: { status: 'available' } });
  });

  const recovery = RECOVERS_SESSIONS ? 'through Socket.IO, replaying' : 'by pulling from its cursor';
  it(`recovers a short drop ${recovery} the changes made meanwhile`, async () => {
    const unitId = hub.demo!.devices[3]!.unitId;
    const consoleSocket = await connectConsole(hub.url, (await loginAs(hub, 'despacho')).token);
    const device = await connectDevice(hub.url, deviceToken(hub, unitId));
    const first = nextChange(consoleSocket); // recovery needs one broadcast received (its offset)
    await reportStatuses(device, unitId, ['en_route']);
    const { seq } = await first;

    consoleSocket.io.reconnection(false); // reconnect below, once the changes it is to miss have been made
    const dropped = nextEvent(consoleSocket, 'disconnect');
    consoleSocket.io.engine.close(); // a network drop, not a goodbye: the hub keeps the session for recovery
    await dropped;
    await reportStatuses(device, unitId, ['on_scene', 'available']);
    const replayed = collectChanges(consoleSocket);
    const reconnected = nextEvent(consoleSocket, 'connect');
    const caughtUp = RECOVERS_SESSIONS && nextChange(consoleSocket, (c) => c.seq === seq + 2);
    consoleSocket.connect();
    await reconnected;
    expect(consoleSocket.recovered === true).toBe(RECOVERS_SESSIONS); // (not offered at all: undefined)
    if (caughtUp) await caughtUp;
    const missed = RECOVERS_SESSIONS ? replayed : (await pullAll(consoleSocket, seq, 10)).changes;
    expect(missed.map((c) => [c.seq, (c.data as Unit).status])).toEqual([
      [seq + 1, 'on_scene'],
      [seq + 2, 'available'],
    ]);
  });
});

describe('track retention', () => {
  it('prunes track points older than the retention, keeping the latest position', async () => {
    const unitId = hub.demo!.devices[4]!.unitId;
    const device = await connectDevice(hub.url, deviceToken(hub, unitId));
    // Reports 30 h old are out of the default clock tolerance (12 h behind): an administrator widens it from today.
    const admin = await connectConsole(hub.url, (await loginAs(hub, 'admin')).token);
    await addSettingToday(admin, { key: 'field.clockTolerance', value: { aheadSeconds: 120, behindSeconds: 2 * 86_400 } });
    const now = Date.now();
    const hours = [30, 25, 23, 1, 0];
    for (const h of hours) await request(device, 'telemetry', telemetry(unitId, { deviceTime: now - h * 3600_000 }));
    const store = openTestStore(hub.dataDir); // a second connection, as the CLI has
    try {
      const trackTimes = () =>
        store.db.column<number>('SELECT device_time FROM unit_tracks WHERE unit_id = ? ORDER BY device_time', unitId);
      expect(trackTimes()).toEqual(hours.map((h) => now - h * 3600_000));
      expect(hub.pruneTracks(now)).toBe(2);
      expect(trackTimes()).toEqual([23, 1, 0].map((h) => now - h * 3600_000));
      expect(store.positions.latest().find((p) => p.unitId === unitId)?.deviceTime).toBe(now);
    } finally {
      store.close();
    }
  });
});
