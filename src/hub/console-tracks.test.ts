// 'units.tracks' through the real console core and a real hub: the core asks the hub over its /console
// connection, validates the input and the answer, and says 'hub_unavailable' when there is no hub to ask.
import { describe, expect, it } from 'vitest';
import type { Socket } from 'socket.io-client';
import type { ConsoleCore } from '../core/console-core.ts';
import { tempDir } from '../core/test-support/temp-dir.ts';
import type { ApiResult } from '../shared/api/result.ts';
import type { Telemetry } from '../shared/hub-protocol/field.ts';
import type { TracksAnswer } from '../shared/hub-protocol/tracks.ts';
import { consoleFor, eventually, hubAt, syncStatus } from './test-support/following-console.ts';
import { connectDevice, deviceToken } from './test-support/hub-clients.ts';

const syncState = async (core: ConsoleCore) => (await syncStatus(core)).state;
const tracks = (core: ConsoleCore, input: unknown) => core.dispatch('units.tracks', input) as Promise<ApiResult<TracksAnswer>>;

async function send(device: Socket, t: Telemetry): Promise<void> {
  expect(await device.timeout(5_000).emitWithAck('telemetry', t)).toMatchObject({ ok: true });
}

describe("'units.tracks'", () => {
  it('brings the track history from the hub', async () => {
    const hub = await hubAt(tempDir());
    const core = consoleFor(hub);
    await eventually(
      () => syncState(core),
      (s) => s === 'live',
    );
    const unitId = hub.demo!.devices[0]!.unitId;
    const device = await connectDevice(hub.url, deviceToken(hub, unitId));
    const start = Date.now() - 60_000;
    for (let i = 0; i < 5; i++) {
      await send(device, {
        unitId,
        lat: -31.41 - i / 1000,
        lng: -64.18,
        accuracy: 5,
        speed: 20 + i,
        heading: 180,
        status: 'en_route',
        deviceTime: start + i * 1_000,
      });
    }

    const result = await tracks(core, { unitIds: [unitId], from: start, to: Date.now() });
    expect(result.ok).toBe(true);
    const points = result.ok ? result.value.tracks[0]!.points : [];
    expect(points.map((p) => [p.t - start, p.lat, p.speed])).toEqual([0, 1, 2, 3, 4].map((i) => [i * 1_000, -31.41 - i / 1000, 20 + i]));
  });

  it('validates the input before asking anyone', async () => {
    const core = consoleFor(null);
    const now = Date.now();
    const cases: [unknown, string][] = [
      [{ unitIds: [], from: now - 1_000, to: now }, 'unitIds'],
      [{ unitIds: Array.from({ length: 21 }, (_, i) => `u${i}`), from: now - 1_000, to: now }, 'unitIds'],
      [{ unitIds: ['u1'], from: now, to: now - 1 }, 'to'],
      [{ unitIds: ['u1'], from: now - 25 * 3_600_000, to: now }, 'to'],
      [{ unitIds: ['u1'], from: 'yesterday', to: now }, 'from'],
    ];
    for (const [input, path] of cases) {
      const result = await tracks(core, input);
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe('invalid_input');
        expect(result.error.issues?.map((i) => i.path)).toContain(path);
      }
    }
    const inverted = await tracks(core, { unitIds: ['u1'], from: now, to: now - 1 });
    expect(!inverted.ok && inverted.error.issues).toContainEqual({ path: 'to', code: 'range_inverted' });
    const tooLong = await tracks(core, { unitIds: ['u1'], from: now - 25 * 3_600_000, to: now });
    expect(!tooLong.ok && tooLong.error.issues).toContainEqual({ path: 'to', code: 'window_too_long' });
  });

  it("answers 'hub_unavailable' with no hub configured and while the hub is down", async () => {
    const request = { unitIds: ['u1'], from: Date.now() - 60_000, to: Date.now() };
    expect(await tracks(consoleFor(null), request)).toEqual({ ok: false, error: { code: 'hub_unavailable' } });

    const hub = await hubAt(tempDir());
    const core = consoleFor(hub);
    await eventually(
      () => syncState(core),
      (s) => s === 'live',
    );
    expect(await tracks(core, request)).toMatchObject({ ok: true });
    await hub.close();
    await eventually(
      () => syncState(core),
      (s) => s === 'offline',
    );
    expect(await tracks(core, request)).toEqual({ ok: false, error: { code: 'hub_unavailable' } });
  });

  it("answers 'forbidden' to a console whose hub user may not see units", async () => {
    const hub = await hubAt(tempDir());
    const core = consoleFor(hub, { role: 'judge' });
    await eventually(
      () => syncState(core),
      (s) => s === 'live',
    );
    expect(await tracks(core, { unitIds: ['u1'], from: 0, to: 1_000 })).toEqual({ ok: false, error: { code: 'forbidden' } });
  });
});
