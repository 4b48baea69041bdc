// Issue 15's units through the real hub and consoles: an administrator's console adds «Móvil 21» (unit.create); the
// hub takes it from the push, so a device can be paired with it and a real /field client with the token reports —
// the hub's unit book knows the new unit, and the device's report puts it in service on every board. A dispatcher's
// console sees it; coordinators and dispatchers may not add units.
import { describe, expect, it } from 'vitest';
import { tempDir } from '../core/test-support/temp-dir.ts';
import type { PairedDevice } from '../shared/api/admin.ts';
import type { UnitRow } from '../shared/live/unit-row.ts';
import { unitId } from '../shared/records/unit.ts';
import { call, consoleFor, eventually, hubAt, untilLive } from './test-support/following-console.ts';
import { connectDevice, request, telemetry } from './test-support/hub-clients.ts';

const CALL_SIGN = 'Móvil 21';
const ID = unitId(CALL_SIGN);
const create = { kind: 'unit.create', id: ID, callSign: CALL_SIGN, unitKind: 'vehicle', crew: ['Ana Paz', 'Luis Gómez'] };
const listed = async (core: Parameters<typeof call>[0]) =>
  (await call<{ units: UnitRow[] }>(core, 'units.list', {})).units.find((unit) => unit.id === ID);

describe('adding a patrol unit from the console', () => {
  it('is the administrators’: the hub takes it, pairs a device that reports for it, and every board shows it', async () => {
    const hub = await hubAt(tempDir());
    const admin = consoleFor(hub, { role: 'administrator' });
    const dispatcher = consoleFor(hub, { role: 'dispatcher' });
    const coordinator = consoleFor(hub, { role: 'coordinator' });
    await Promise.all([untilLive(admin, 20_000), untilLive(dispatcher, 20_000), untilLive(coordinator, 20_000)]);

    for (const core of [coordinator, dispatcher])
      expect(await core.dispatch('records.mutate', { mutation: create })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await listed(dispatcher)).toBeUndefined();

    await call(admin, 'records.mutate', { mutation: create });
    expect(await listed(admin)).toMatchObject({ callSign: CALL_SIGN, status: 'out_of_service', version: 1 });
    const seen = await eventually(
      () => listed(dispatcher),
      (unit) => unit !== undefined,
      20_000,
    );
    expect(seen).toMatchObject({ id: 'movil-21', kind: 'vehicle', crew: ['Ana Paz', 'Luis Gómez'], status: 'out_of_service', task: null });

    const paired = await call<PairedDevice>(admin, 'admin.pairDevice', { unitId: ID, label: 'Tableta del Móvil 21' });
    expect(paired.device).toMatchObject({ unitId: ID, revokedAt: null });
    const device = await connectDevice(hub.url, paired.token);
    expect(await request(device, 'telemetry', telemetry(ID))).toEqual({ ok: true, value: null });
    const reported = await eventually(
      () => listed(dispatcher),
      (unit) => unit?.status === 'available',
      20_000,
    );
    expect(reported).toMatchObject({ statusSource: 'device', version: 2, position: { unitId: ID } });

    // The same call sign again is refused on the console itself, before anything reaches the hub.
    expect(await admin.dispatch('records.mutate', { mutation: { ...create, crew: [] } })).toEqual({
      ok: false,
      error: { code: 'refused', issues: [{ path: '', code: 'already_exists' }] },
    });
  });
});
