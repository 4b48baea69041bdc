// The console core following a real hub: snapshot, live telemetry into the cache, offline with the last known
// picture kept, reconnect by itself after a hub restart, and catch-up of exactly what it missed.
import { describe, expect, it } from 'vitest';
import type { Socket } from 'socket.io-client';
import type { ConsoleCore } from '../core/console-core.ts';
import { tempDir } from '../core/test-support/temp-dir.ts';
import type { UnitRow } from '../shared/live/unit-row.ts';
import type { Telemetry } from '../shared/hub-protocol/field.ts';
import type { UnitStatus } from '../shared/live/units.ts';
import { consoleFor, eventually, hubAt, syncStatus } from './test-support/following-console.ts';
import { connectDevice, deviceToken } from './test-support/hub-clients.ts';

const state = syncStatus;
const units = async (core: ConsoleCore) => ((await core.dispatch('units.list', {})) as { value: { units: UnitRow[] } }).value.units;

function telemetry(unitId: string, status: UnitStatus, deviceTime: number, lat = -31.41): Telemetry {
  return { unitId, lat, lng: -64.18, accuracy: 8, speed: 25, heading: 90, status, deviceTime };
}

async function send(device: Socket, t: Telemetry): Promise<void> {
  const ack = await device.timeout(5_000).emitWithAck('telemetry', t);
  expect(ack).toMatchObject({ ok: true });
}

describe('console ↔ hub sync', () => {
  it('takes a snapshot, then streams telemetry into the cache as batched unit changes', async () => {
    const hub = await hubAt(tempDir());
    const core = consoleFor(hub);
    const changed: UnitRow[][] = [];
    core.onEvent((event, payload) => event === 'units.changed' && changed.push((payload as { units: UnitRow[] }).units));
    await eventually(
      () => state(core),
      (s) => s.state === 'live',
    );
    expect((await units(core)).map((u) => u.id).sort()).toEqual(hub.demo!.devices.map((d) => d.unitId).sort());

    const unitId = hub.demo!.devices[0]!.unitId;
    const device = await connectDevice(hub.url, deviceToken(hub, unitId));
    const now = Date.now();
    await Promise.all(
      Array.from({ length: 20 }, (_, i) => send(device, telemetry(unitId, 'en_route', now + i + 1, -31.41 + (i + 1) / 10_000))),
    );
    const row = await eventually(
      async () => (await units(core)).find((u) => u.id === unitId)!,
      (u) => u.status === 'en_route' && u.position?.lat === -31.41 + 20 / 10_000,
    );
    expect(row.position).toMatchObject({ speedKmh: 25, heading: 90 });
    // 20 fixes in a burst arrive as a handful of coalesced batches, not 20 events
    const batchesWithUnit = changed.filter((batch) => batch.some((u) => u.id === unitId));
    expect(batchesWithUnit.length).toBeGreaterThan(0);
    expect(batchesWithUnit.length).toBeLessThan(20);

    // Positions keep coming, each soon after the last: the core acknowledges every batch, and the hub sends a
    // console its next one only then (or after a 10 s timeout, far beyond this wait).
    for (let i = 1; i <= 5; i++) {
      await send(device, telemetry(unitId, 'en_route', now + 100 + i, -31.5 - i / 10_000));
      await eventually(
        async () => (await units(core)).find((u) => u.id === unitId)!.position?.lat,
        (lat) => lat === -31.5 - i / 10_000,
        2_000,
      );
    }
  });

  it('keeps the last picture while the hub is down, reconnects by itself and catches up', async () => {
    const hubDir = tempDir();
    let hub = await hubAt(hubDir);
    const { port } = hub;
    const core = consoleFor(hub);
    await eventually(
      () => state(core),
      (s) => s.state === 'live',
    );
    const before = await units(core);

    await hub.close();
    const offline = await eventually(
      () => state(core),
      (s) => s.state === 'offline',
    );
    expect(offline.offlineSince).not.toBeNull();
    expect(await units(core)).toEqual(before); // the board keeps its data

    hub = await hubAt(hubDir, { port });
    await eventually(
      () => state(core),
      (s) => s.state === 'live',
      15_000,
    );
    const unitId = hub.demo!.devices[1]!.unitId;
    const device = await connectDevice(hub.url, deviceToken(hub, unitId));
    await send(device, telemetry(unitId, 'on_scene', Date.now()));
    await eventually(
      async () => (await units(core)).find((u) => u.id === unitId)!.status,
      (s) => s === 'on_scene',
    );
  });

  it('after being away, applies exactly the changes it missed, in order', async () => {
    const hub = await hubAt(tempDir());
    const cacheDir = tempDir();
    let core = consoleFor(hub, { dataDir: cacheDir });
    await eventually(
      () => state(core),
      (s) => s.state === 'live',
    );
    core.close();

    const [a, b] = hub.demo!.devices.map((d) => d.unitId);
    const deviceA = await connectDevice(hub.url, deviceToken(hub, a!));
    const deviceB = await connectDevice(hub.url, deviceToken(hub, b!));
    const t0 = Date.now();
    await send(deviceA, telemetry(a!, 'en_route', t0 + 1));
    await send(deviceB, telemetry(b!, 'break', t0 + 2));
    await send(deviceA, telemetry(a!, 'on_scene', t0 + 3));
    await new Promise((r) => setTimeout(r, 300)); // the hub writes telemetry every ~100 ms

    core = consoleFor(hub, { dataDir: cacheDir });
    const changed: UnitRow[] = [];
    core.onEvent((event, payload) => event === 'units.changed' && changed.push(...(payload as { units: UnitRow[] }).units));
    await eventually(
      () => state(core),
      (s) => s.state === 'live',
    );
    const after = await units(core);
    expect(after.find((u) => u.id === a)!.status).toBe('on_scene');
    expect(after.find((u) => u.id === b)!.status).toBe('break');
    expect(after.find((u) => u.id === a)!.version).toBe(3); // created, en_route, on_scene: every change applied
  });
});
