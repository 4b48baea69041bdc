// Two hub processes on one PostgreSQL database serve as one: a console on hub A sees what a device reports to hub
// B (its status change through the shared rooms, its positions through A's own fanout), a dispatcher on B sends a
// unit whose device is connected to A, and a console that connects to A later finds B's units where they are.
// What goes between the hubs is what only the other hubs can deliver: not the emits to this hub's own sockets.
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from '../core/test-support/temp-dir.ts';
import type { Unit, UnitPosition } from '../shared/live/units.ts';
import { startHub, type Hub } from './hub.ts';
import { sendToIncident } from './test-support/console-requests.ts';
import {
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
import { testStore } from './test-support/test-store.ts';

const hubs: Hub[] = [];
afterEach(async () => {
  for (const hub of hubs.splice(0)) await hub.close();
});

/** Hub A seeds the demo (accounts, units, devices); hub B, with a data dir of its own, shares its database. */
async function twoHubs(): Promise<[Hub, Hub]> {
  const rootA = tempDir();
  const a = await startHub({ ...testStore(rootA), demoUnits: 3 });
  const b = await startHub({ dataDir: tempDir(), database: testStore(rootA).database });
  hubs.push(a, b);
  return [a, b];
}

const PLACE = { barrio: 'Centro', address: 'San Martín 100', lat: -31.4139, lng: -64.1818, precision: 'street' } as const;

describe('two hubs on one database', () => {
  it('a console on one hears the devices of the other, and a dispatcher on the other reaches devices on the first', async () => {
    const [a, b] = await twoHubs();
    const [first, second] = a.demo!.devices;
    const login = await loginAs(a, 'despacho');
    const consoleOnA = await connectConsole(a.url, login.token);

    const deviceOnB = await connectDevice(b.url, deviceToken(a, first!.unitId));
    const onBreak = nextChange(consoleOnA, (c) => c.entity === 'unit' && c.id === first!.unitId && (c.data as Unit).status === 'break');
    const position = nextEvent<UnitPosition[]>(consoleOnA, 'positions', (ps) =>
      ps.some((p) => p.unitId === first!.unitId && p.lat === -31.5),
    );
    expect(await request(deviceOnB, 'telemetry', telemetry(first!.unitId, { status: 'break', lat: -31.5 }))).toEqual({
      ok: true,
      value: null,
    });
    await Promise.all([onBreak, position]);

    const deviceOnA = await connectDevice(a.url, deviceToken(a, second!.unitId));
    const dispatched = nextEvent(deviceOnA, 'dispatch', (d: { task: unknown }) => d.task !== null);
    const consoleOnB = await connectConsole(b.url, login.token); // the session is the database's: valid on every hub
    await sendToIncident(consoleOnB, second!.unitId, PLACE);
    await dispatched;

    const later = await connectConsole(a.url, login.token);
    const snapshot = await request<{ positions: UnitPosition[] }>(later, 'snapshot', {});
    expect(snapshot.ok && snapshot.value.positions.find((p) => p.unitId === first!.unitId)?.lat).toBe(-31.5);
  });

  it("keeps each hub's own sockets' traffic off the database, and a device hears a dispatch once", async () => {
    const [a, b] = await twoHubs();
    const [first] = a.demo!.devices;
    const login = await loginAs(a, 'despacho');
    // The cluster adapter's channel for /console, as another listener on the database hears it (message types of
    // socket.io-adapter: 3 a room or socket broadcast, 9 a message between the hubs).
    const listener = new pg.Client({ connectionString: testStore(a.dataDir).database });
    await listener.connect();
    const types: number[] = [];
    listener.on('notification', (n) => types.push((JSON.parse(n.payload ?? '{}') as { type: number }).type));
    await listener.query('LISTEN "convivencia_hub#/console"');
    try {
      const consoleOnA = await connectConsole(a.url, login.token);
      const consoleOnB = await connectConsole(b.url, login.token);
      const deviceOnA = await connectDevice(a.url, deviceToken(a, first!.unitId));
      const dispatches: unknown[] = [];
      deviceOnA.on('dispatch', (d: { task: unknown }) => d.task !== null && dispatches.push(d));
      const seen = (socket: typeof consoleOnA) =>
        nextEvent<UnitPosition[]>(socket, 'positions', (ps) => ps.some((p) => p.unitId === first!.unitId && p.lat === -31.6));
      const positions = [seen(consoleOnA), seen(consoleOnB)];
      await request(deviceOnA, 'telemetry', telemetry(first!.unitId, { lat: -31.6 }));
      await Promise.all(positions);
      await sendToIncident(consoleOnB, first!.unitId, PLACE);
      await sleep(500); // a second 'dispatch', or a late broadcast, would be here by now
      expect(dispatches).toHaveLength(1);
      expect(types).toContain(9);
      expect(types).not.toContain(3);
    } finally {
      await listener.end();
    }
  });

  it('closes the connections an administrator ends on one hub on the other hub too, at once, not at its sweep', async () => {
    const [a, b] = await twoHubs();
    const [first] = a.demo!.devices;
    const admin = await connectConsole(a.url, (await loginAs(a, 'admin')).token);
    const devices = await request<{ devices: { id: string; unitId: string }[] }>(admin, 'admin.devices', {});
    const deviceId = devices.ok && devices.value.devices.find((d) => d.unitId === first!.unitId)!.id;
    const deviceOnB = await connectDevice(b.url, deviceToken(a, first!.unitId));
    const consoleOnB = await connectConsole(b.url, (await loginAs(a, 'despacho')).token);
    const gone = [deviceOnB, consoleOnB].map((socket) => nextEvent<string>(socket, 'disconnect', () => true, 3_000)); // sweeps: 10 s
    expect(await request(admin, 'admin.revokeDevice', { id: deviceId })).toEqual({ ok: true, value: {} });
    expect(await request(admin, 'admin.endSessions', { username: 'despacho' })).toMatchObject({ ok: true });
    expect(await Promise.all(gone)).toEqual(['io server disconnect', 'io server disconnect']);
  });
});
