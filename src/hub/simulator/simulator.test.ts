// The simulator against a real hub (through the embedded default): devices connect, report, and a console
// sees every unit move.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { PositionsBatchSchema } from '../../shared/hub-protocol/positions.ts';
import type { UnitPosition } from '../../shared/live/units.ts';
import { startEmbeddedHub, type EmbeddedHub } from '../embedded-hub.ts';
import { connectConsole, login, nextEvent } from '../test-support/hub-clients.ts';
import { createSimulator, DeviceRefusedError } from './simulator.ts';

let root: string;
let embedded: EmbeddedHub;

beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'hub-sim-'));
  embedded = await startEmbeddedHub({ dataDir: root, units: 6, hz: 5 });
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
});
