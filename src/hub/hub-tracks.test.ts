// Track replay over /console: 'tracks' validates its request, answers only roles that see units, keeps to the
// window and downsamples long histories to at most MAX_TRACK_POINTS per unit.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TracksAnswerSchema } from '../shared/hub-protocol/tracks.ts';
import { MAX_TRACK_POINTS, MAX_TRACK_WINDOW_MS, type TracksAnswer } from '../shared/hub-protocol/tracks.ts';
import { startHub, type Hub } from './hub.ts';
import type { HubStore } from './store/hub-store.ts';
import { connectConsole, connectDevice, deviceToken, loginAs, request, telemetry } from './test-support/hub-clients.ts';
import { openTestStore, testStore } from './test-support/test-store.ts';

let root: string;
let hub: Hub;
let units: string[];
/** A second connection to the hub's store, to lay down long histories without sending them as telemetry. */
let store: HubStore;

beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'hub-tracks-'));
  hub = await startHub({ ...testStore(root), demoUnits: 4 });
  units = hub.demo!.devices.map((d) => d.unitId);
  store = openTestStore(hub.dataDir);
});
afterAll(async () => {
  store.close();
  await hub.close();
  fs.rmSync(root, { recursive: true, force: true });
});

const consoleAs = async (username: string) => connectConsole(hub.url, (await loginAs(hub, username)).token);

async function tracks(socket: Socket, payload: unknown): Promise<TracksAnswer> {
  const answer = await request<TracksAnswer>(socket, 'tracks', payload);
  if (!answer.ok) throw new Error(answer.error);
  return TracksAnswerSchema.parse(answer.value);
}

/** Writes `count` track points for the unit, one every `stepMs` from `start`, moving north-east. */
function layTrack(unitId: string, start: number, count: number, stepMs: number): void {
  const points = Array.from({ length: count }, (_, i) => {
    const deviceTime = start + i * stepMs;
    const [lat, lng] = [-31.42 + i * 1e-6, -64.19 + i * 1e-6];
    return { unitId, deviceTime, lat, lng, accuracyM: 5, speedKmh: 30, heading: 45, receivedAt: deviceTime };
  });
  store.transaction(() => store.positions.addTrackPoints(points));
}

describe("the 'tracks' request", () => {
  it('returns the points a device reported, in time order, for every requested unit', async () => {
    const unitId = units[0]!;
    const device = await connectDevice(hub.url, deviceToken(hub, unitId));
    const start = Date.now() - 10_000;
    const sent = [0, 1_000, 2_000, 3_000].map((dt, i) =>
      telemetry(unitId, { deviceTime: start + dt, lat: -31.41 - i / 1000, speed: 12 + i, heading: 90 + i }),
    );
    for (const fix of sent) expect(await request(device, 'telemetry', fix)).toMatchObject({ ok: true });

    const socket = await consoleAs('despacho');
    const answer = await tracks(socket, { unitIds: [unitId, units[1]!, unitId], from: start, to: start + 60_000 });
    expect(answer.tracks.map((t) => t.unitId)).toEqual([unitId, units[1]]); // request order, duplicates removed
    expect(answer.tracks[0]!.points).toEqual(
      sent.map((f) => ({ t: f.deviceTime, lat: f.lat, lng: f.lng, speed: f.speed, heading: f.heading })),
    );
    expect(answer.tracks[1]!.points).toEqual([]);
    // an unknown unit is simply a unit without history
    expect((await tracks(socket, { unitIds: ['no-such-unit'], from: start, to: start + 1 })).tracks).toEqual([
      { unitId: 'no-such-unit', points: [] },
    ]);
  });

  it('keeps to the window, both ends included', async () => {
    const unitId = units[2]!;
    const start = Date.now() - 3_600_000;
    layTrack(unitId, start, 10, 1_000);
    const socket = await consoleAs('coordinacion');
    const times = async (from: number, to: number) =>
      (await tracks(socket, { unitIds: [unitId], from, to })).tracks[0]!.points.map((p) => p.t - start);
    expect(await times(start + 2_000, start + 5_000)).toEqual([2_000, 3_000, 4_000, 5_000]);
    expect(await times(start + 2_001, start + 4_999)).toEqual([3_000, 4_000]);
    expect(await times(start - 60_000, start - 1)).toEqual([]);
    expect(await times(start + 9_000, start + 9_000 + MAX_TRACK_WINDOW_MS)).toEqual([9_000]);
  });

  it(`downsamples a long history to at most ${MAX_TRACK_POINTS} points spread over the window, keeping the last one`, async () => {
    const unitId = units[3]!;
    const start = Date.now() - 20 * 3_600_000;
    const count = 12_000; // one point every 5 s for 1 h 40 min
    layTrack(unitId, start, count, 5_000);
    const socket = await consoleAs('admin');
    const from = start - 1_000;
    const to = start + count * 5_000;
    const [track] = (await tracks(socket, { unitIds: [unitId], from, to })).tracks;
    const points = track!.points;
    expect(points.length).toBeLessThanOrEqual(MAX_TRACK_POINTS);
    expect(points.length).toBeGreaterThan(MAX_TRACK_POINTS * 0.95);
    expect(points[0]!.t).toBe(start);
    expect(points.at(-1)!.t).toBe(start + (count - 1) * 5_000);
    const gaps = points.slice(1).map((p, i) => p.t - points[i]!.t);
    expect(gaps.every((g) => g > 0)).toBe(true); // strictly in time order
    expect(Math.max(...gaps)).toBeLessThanOrEqual(Math.ceil((to - from) / (MAX_TRACK_POINTS - 1)) + 5_000); // evenly spread
    // exactly MAX_TRACK_POINTS points are still returned whole
    const whole = (await tracks(socket, { unitIds: [unitId], from: start, to: start + (MAX_TRACK_POINTS - 1) * 5_000 })).tracks[0]!.points;
    expect(whole.map((p) => p.t)).toEqual(Array.from({ length: MAX_TRACK_POINTS }, (_, i) => start + i * 5_000));
  });

  it('answers only the roles that see units', async () => {
    const payload = { unitIds: [units[0]!], from: 0, to: 1_000 };
    for (const username of ['mesa', 'juez']) {
      expect(await request(await consoleAs(username), 'tracks', payload)).toEqual({ ok: false, error: 'forbidden' });
    }
    for (const username of ['coordinacion', 'despacho', 'admin']) {
      expect(await request(await consoleAs(username), 'tracks', payload)).toMatchObject({ ok: true });
    }
  });

  it('refuses a malformed request and keeps serving the connection', async () => {
    const socket = await consoleAs('despacho');
    const now = Date.now();
    const ids = (n: number) => Array.from({ length: n }, (_, i) => `u${i}`);
    for (const bad of [
      {},
      { unitIds: [], from: now - 1_000, to: now },
      { unitIds: ids(21), from: now - 1_000, to: now },
      { unitIds: ['has space'], from: now - 1_000, to: now },
      { unitIds: ['x'.repeat(65)], from: now - 1_000, to: now },
      { unitIds: ['u1'], from: now, to: now }, // empty window
      { unitIds: ['u1'], from: now, to: now - 1 }, // inverted
      { unitIds: ['u1'], from: now - MAX_TRACK_WINDOW_MS - 1, to: now }, // longer than 24 h
      { unitIds: ['u1'], from: -1, to: now },
      { unitIds: ['u1'], from: 0.5, to: now },
      { unitIds: ['u1'], from: now - 1_000, to: now, extra: true },
      'tracks please',
    ]) {
      expect(await request(socket, 'tracks', bad)).toEqual({ ok: false, error: 'invalid_input' });
    }
    expect((await tracks(socket, { unitIds: ids(20), from: now - MAX_TRACK_WINDOW_MS, to: now })).tracks).toHaveLength(20);
  });
});
