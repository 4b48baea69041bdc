// Two hub processes on one PostgreSQL database serve as one: a console on hub A sees what a device reports to hub
// B (its status change through the shared rooms, its positions through A's own fanout), a dispatcher on B sends a
// unit whose device is connected to A, and a console that connects to A later finds B's units where they are.
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
});
