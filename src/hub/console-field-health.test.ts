// 'field.health' through the real console core and a real hub: administrators get the hub's count of device
// reports refused for their clock; anyone else is refused; without a connected hub there is nothing to ask.
import { describe, expect, it } from 'vitest';
import type { ConsoleCore } from '../core/console-core.ts';
import { tempDir } from '../core/test-support/temp-dir.ts';
import type { ApiResult } from '../shared/api/result.ts';
import type { FieldHealth } from '../shared/hub-protocol/field-health.ts';
import { consoleFor, eventually, hubAt, syncStatus } from './test-support/following-console.ts';
import { connectDevice, deviceToken, request, telemetry } from './test-support/hub-clients.ts';

const health = (core: ConsoleCore) => core.dispatch('field.health', {}) as Promise<ApiResult<FieldHealth>>;
const live = (core: ConsoleCore) =>
  eventually(
    async () => (await syncStatus(core)).state,
    (state) => state === 'live',
  );

describe("'field.health'", () => {
  it('brings an administrator the hub’s count of reports refused for their clock', async () => {
    const hub = await hubAt(tempDir());
    const core = consoleFor(hub, { role: 'administrator' });
    await live(core);
    const unitId = hub.demo!.devices[0]!.unitId;
    const device = await connectDevice(hub.url, deviceToken(hub, unitId));
    const ahead = telemetry(unitId, { deviceTime: Date.UTC(2045, 0, 1) });
    expect(await request(device, 'telemetry', ahead)).toEqual({ ok: false, error: 'clock_ahead' });

    const result = await health(core);
    expect(result).toEqual({
      ok: true,
      value: {
        since: expect.any(Number),
        tolerance: { aheadSeconds: 120, behindSeconds: 12 * 3600 },
        units: [
          {
            unitId,
            callSign: expect.any(String),
            ahead: 1,
            behind: 0,
            lastDeviceTime: ahead.deviceTime,
            lastRefusedAt: expect.any(Number),
          },
        ],
      },
    });
  });

  it("answers 'forbidden' to anyone else", async () => {
    const hub = await hubAt(tempDir());
    const core = consoleFor(hub, { role: 'dispatcher' });
    await live(core);
    expect(await health(core)).toEqual({ ok: false, error: { code: 'forbidden' } });
  });

  it("answers 'hub_unavailable' with no hub, and while the hub is down", async () => {
    expect(await health(consoleFor(null))).toEqual({ ok: false, error: { code: 'hub_unavailable' } });
    const hub = await hubAt(tempDir());
    const core = consoleFor(hub, { role: 'administrator' });
    await live(core);
    await hub.close();
    await eventually(
      async () => (await syncStatus(core)).state,
      (state) => state === 'offline',
    );
    expect(await health(core)).toEqual({ ok: false, error: { code: 'hub_unavailable' } });
  });
});
