// A console behind a slow link gets fresh positions, not a queue of stale ones, and does not hold back a console
// on a good link (position-fanout.ts: one unacknowledged batch per console). Real hub, real simulator devices,
// real socket.io consoles; the slow one reaches the hub through a throttled TCP link.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PositionsBatchSchema } from '../shared/hub-protocol/positions.ts';
import { startHub, type Hub } from './hub.ts';
import { createSimulator, type Simulator } from './simulator/simulator.ts';
import { connectConsole, loginAs, sleep } from './test-support/hub-clients.ts';
import { networkLink } from './test-support/network-link.ts';
import { testStore } from './test-support/test-store.ts';

const UNITS = 100;
const HZ = 10;
/** ~1,000 positions/s of ~200 bytes are offered to each console: a fifth of it gets through. */
const SLOW_BYTES_PER_SECOND = 40_000;
const THROTTLED_MS = 5_000;

let root: string;
let hub: Hub;
let simulator: Simulator;

beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'hub-flow-'));
  hub = await startHub({ ...testStore(root), demoUnits: UNITS });
  simulator = createSimulator({ hubUrl: hub.url, devices: hub.demo!.devices, hz: HZ, seed: 3 });
  await simulator.start();
});
afterAll(async () => {
  simulator.stop();
  await hub.close();
  fs.rmSync(root, { recursive: true, force: true });
});

/** Every batch a console receives, with the hub's newest receive time in it. */
function batchesOf(socket: Socket): { newest: number; size: number }[] {
  const seen: { newest: number; size: number }[] = [];
  socket.on('positions', (raw: unknown) => {
    const batch = PositionsBatchSchema.parse(raw);
    seen.push({ newest: Math.max(...batch.map((p) => p.receivedAt)), size: batch.length });
  });
  return seen;
}

describe('positions to a console on a slow link', () => {
  it('come one batch at a time, so the newest arrive once the link is fast again; other consoles are not held back', async () => {
    const link = await networkLink(hub.url);
    const slow = batchesOf(await connectConsole(link.url, (await loginAs(hub, 'despacho')).token));
    const fast = batchesOf(await connectConsole(hub.url, (await loginAs(hub, 'despacho')).token));
    await sleep(500);

    link.throttle(SLOW_BYTES_PER_SECOND);
    const fastBefore = fast.length;
    await sleep(THROTTLED_MS);
    // The good link kept its ~20 batches a second.
    expect(fast.length - fastBefore).toBeGreaterThan((THROTTLED_MS / 50) * 0.5);

    link.throttle(null);
    const restoredAt = Date.now();
    const slowBefore = slow.length;
    const caughtUp = () => slow.slice(slowBefore).some((b) => b.newest >= restoredAt);
    for (let waited = 0; !caughtUp() && waited < 5_000; waited += 50) await sleep(50);
    expect(caughtUp()).toBe(true);
    // Before the first batch made after the restore: at most what was in flight and the backlog of one console
    // (one entry per unit), not the ~100 batches the hub made while the link was slow.
    const stale = slow.slice(slowBefore).findIndex((b) => b.newest >= restoredAt);
    expect(stale).toBeLessThanOrEqual(3);
    expect(slow.slice(slowBefore).every((b) => b.size <= UNITS)).toBe(true);
  });
});
