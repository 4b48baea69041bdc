// The simulator against a real hub (through the embedded default): devices connect, report, and a console
// sees every unit move; a unit a dispatcher sends to an incident drives there and says so.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Change } from '../../shared/hub-protocol/changes.ts';
import { PositionsBatchSchema } from '../../shared/hub-protocol/positions.ts';
import { destination } from '../../shared/live/geodesy.ts';
import type { Unit, UnitPosition, UnitStatus } from '../../shared/live/units.ts';
import { startEmbeddedHub, type EmbeddedHub } from '../embedded-hub.ts';
import { startHub } from '../hub.ts';
import { sendToIncident } from '../test-support/console-requests.ts';
import { collectChanges, connectConsole, login, loginAs, nextEvent } from '../test-support/hub-clients.ts';
import { createSimulator, DeviceRefusedError } from './simulator.ts';

let root: string;
let embedded: EmbeddedHub;

beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'hub-sim-'));
  embedded = await startEmbeddedHub({ dataDir: root, units: 6, hz: 5, demoOperations: 300 });
});
afterAll(async () => {
  await embedded.close();
  fs.rmSync(root, { recursive: true, force: true });
});

describe('simulator', () => {
  it('drives every demo unit: a dispatcher console sees them all move', async () => {
    const { username, password } = embedded.config.credentials;
    const consoleSocket = await connectConsole(embedded.hub.url, (await login(embedded.hub, username, password)).token);
    const seen = new Map<string, UnitPosition>();
    await nextEvent<unknown>(consoleSocket, 'positions', (batch) => {
      for (const p of PositionsBatchSchema.parse(batch)) seen.set(p.unitId, p);
      return seen.size === 6;
    });
    expect([...seen.keys()].sort()).toEqual(embedded.hub.demo!.devices.map((d) => d.unitId).sort());
  });

  it('counts what the hub accepted', async () => {
    const simulator = createSimulator({ hubUrl: embedded.hub.url, devices: embedded.hub.demo!.devices.slice(0, 2), hz: 10, seed: 7 });
    try {
      await simulator.start();
      await vi.waitFor(() => expect(simulator.stats().accepted).toBeGreaterThan(0)); // acks follow the store's flush
      expect(simulator.stats()).toMatchObject({ connected: 2, refused: {} });
      expect(simulator.stats().sent).toBeGreaterThanOrEqual(simulator.stats().accepted);
    } finally {
      simulator.stop();
    }
  });

  it('reports a device the hub refuses', async () => {
    const simulator = createSimulator({
      hubUrl: embedded.hub.url,
      devices: [{ unitId: 'movil-01', kind: 'vehicle', token: 'not-a-token-of-this-hub' }],
      hz: 1,
      seed: 1,
    });
    try {
      await expect(simulator.start()).rejects.toEqual(new DeviceRefusedError('movil-01', 'unauthorized'));
    } finally {
      simulator.stop();
    }
  });

  it('drives a unit sent to an incident there: the dispatcher sees en camino, then en escena', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hub-sim-call-'));
    const hub = await startHub({ dataDir: dir, demoUnits: 1 });
    // Seed 3: movil-01 starts on patrol for 80 s, so no status of its own comes between; 10× pace: ~15 s to get there.
    const simulator = createSimulator({ hubUrl: hub.url, devices: hub.demo!.devices, hz: 5, seed: 3, callPace: 10 });
    try {
      const consoleSocket = await connectConsole(hub.url, (await loginAs(hub, 'despacho')).token);
      const unitId = hub.demo!.devices[0]!.unitId;
      const first = nextEvent<unknown>(consoleSocket, 'positions', (batch) =>
        PositionsBatchSchema.parse(batch).some((p) => p.unitId === unitId),
      );
      await simulator.start();
      const here = PositionsBatchSchema.parse(await first).find((p) => p.unitId === unitId)!;
      const there = destination(here, 90, 1_500);
      const seen = collectChanges(consoleSocket);
      await sendToIncident(consoleSocket, unitId, { barrio: 'Centro', address: null, ...there, precision: 'point' });
      const statuses = () => statusesOf(seen, unitId);
      await vi.waitFor(() => expect(statuses().at(-1)).toBe('on_scene'), { timeout: 40_000, interval: 200 });
      // Sent, acknowledged by the device, on its way, there — and every step on the incident's timeline.
      expect(statuses()).toEqual(['dispatched', 'en_route', 'on_scene']);
      const incident = seen.filter((c) => c.entity === 'incident').at(-1)!.data as { status: string; arrivedAt: number | null };
      expect(incident).toMatchObject({ status: 'on_scene', arrivedAt: expect.any(Number) });
    } finally {
      simulator.stop();
      await hub.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});

/** The statuses a unit went through in these changes, each once in a row. */
function statusesOf(changes: readonly Change[], unitId: string): UnitStatus[] {
  const statuses: UnitStatus[] = [];
  for (const change of changes) {
    const status = change.entity === 'unit' && change.id === unitId ? (change.data as Unit).status : undefined;
    if (status && status !== statuses.at(-1)) statuses.push(status);
  }
  return statuses;
}
