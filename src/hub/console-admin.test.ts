// 'admin.*' through the real console core and a real hub: an administrator's requests reach the hub and its answers
// come back; the core refuses anyone else by itself (even with the hub gone); the hub's refusals arrive as 'refused'
// with their reason; pairing answers a pairing text naming this hub whose token a device connects with.
import { describe, expect, it } from 'vitest';
import type { ConsoleCore } from '../core/console-core.ts';
import { tempDir } from '../core/test-support/temp-dir.ts';
import type { MethodName } from '../shared/api/names.ts';
import type { ApiResult } from '../shared/api/result.ts';
import type { PairedDevice } from '../shared/api/admin.ts';
import { parsePairingText, type AccountsAnswer, type DevicesAnswer, type PasswordAnswer } from '../shared/hub-protocol/admin.ts';
import { call, consoleFor, eventually, hubAt, syncStatus, untilLive } from './test-support/following-console.ts';
import { connectDevice, login } from './test-support/hub-clients.ts';

const dispatch = (core: ConsoleCore, method: MethodName, input: unknown) => core.dispatch(method, input) as Promise<ApiResult<unknown>>;

/** Every administration method with an input it accepts. */
const REQUESTS: readonly (readonly [MethodName, unknown])[] = [
  ['admin.accounts', {}],
  ['admin.createAccount', { username: 'nueva.cuenta', displayName: 'Nueva Cuenta', role: 'coordinator' }],
  ['admin.setDisabled', { username: 'nueva.cuenta', disabled: true }],
  ['admin.resetPassword', { username: 'nueva.cuenta' }],
  ['admin.endSessions', { username: 'nueva.cuenta' }],
  ['admin.devices', {}],
  ['admin.pairDevice', { unitId: 'movil-01', label: 'Tablet' }],
  ['admin.revokeDevice', { id: 'dev-abcdefgh' }],
  ['admin.log', { limit: 10 }],
];

async function adminConsole() {
  const hub = await hubAt(tempDir());
  const core = consoleFor(hub, { role: 'administrator' });
  await untilLive(core);
  const admin = hub.demo!.users.find((u) => u.role === 'administrator')!.username;
  return { hub, core, admin };
}

describe("'admin.*' through the console core", () => {
  it('creates an account whose password, shown once, signs in; lists it and logs who did it', async () => {
    const { hub, core, admin } = await adminConsole();
    const created = await call<PasswordAnswer>(core, 'admin.createAccount', {
      username: 'ana.coordina',
      displayName: 'Ana Coordina',
      role: 'coordinator',
    });
    expect(created.username).toBe('ana.coordina');
    expect((await login(hub, 'ana.coordina', created.password)).user.role).toBe('coordinator');

    const { accounts } = await call<AccountsAnswer>(core, 'admin.accounts', {});
    expect(accounts.find((a) => a.username === 'ana.coordina')).toMatchObject({ role: 'coordinator', disabled: false, sessions: 1 });
    const log = await call<{ entries: { by: string; action: string; target: string }[] }>(core, 'admin.log', { limit: 5 });
    expect(log.entries[0]).toMatchObject({ by: admin, action: 'account.create', target: 'ana.coordina' });
  });

  it('pairs a device: the pairing text names this hub, the unit and a token the device connects with', async () => {
    const { hub, core } = await adminConsole();
    const unitId = hub.demo!.devices[0]!.unitId;
    const paired = await call<PairedDevice>(core, 'admin.pairDevice', { unitId, label: 'Tablet de repuesto' });
    expect(parsePairingText(paired.pairingText)).toEqual({ hubUrl: hub.url, unitId, token: paired.token });

    await connectDevice(hub.url, paired.token);
    const connected = await eventually(
      () => call<DevicesAnswer>(core, 'admin.devices', {}),
      ({ devices }) => devices.some((d) => d.id === paired.device.id && d.connected),
    );
    expect(connected.devices.find((d) => d.id === paired.device.id)).toMatchObject({
      label: 'Tablet de repuesto',
      unitId,
      revokedAt: null,
    });
  });

  it("says the hub's refusals as 'refused' with their reason, and changes nothing", async () => {
    const { hub, core, admin } = await adminConsole();
    await call(core, 'admin.createAccount', { username: 'repetida', displayName: 'Repetida', role: 'dispatcher' });
    const paired = await call<PairedDevice>(core, 'admin.pairDevice', { unitId: hub.demo!.devices[0]!.unitId, label: 'Tablet' });
    await call(core, 'admin.revokeDevice', { id: paired.device.id });
    const cases: readonly (readonly [MethodName, unknown, string])[] = [
      ['admin.createAccount', { username: 'repetida', displayName: 'Otra', role: 'judge' }, 'already_exists'],
      ['admin.resetPassword', { username: 'nadie' }, 'not_found'],
      ['admin.setDisabled', { username: admin, disabled: true }, 'own_account'],
      ['admin.resetPassword', { username: admin }, 'own_account'],
      ['admin.pairDevice', { unitId: 'movil-que-no-existe', label: 'Tablet' }, 'unit_not_found'],
      ['admin.revokeDevice', { id: paired.device.id }, 'already_revoked'],
      ['admin.revokeDevice', { id: 'dev-noexiste1' }, 'not_found'],
    ];
    const before = await call<AccountsAnswer>(core, 'admin.accounts', {});
    for (const [method, input, reason] of cases)
      expect([method, await dispatch(core, method, input)]).toEqual([
        method,
        { ok: false, error: { code: 'refused', issues: [{ path: '', code: reason }] } },
      ]);
    expect(await call<AccountsAnswer>(core, 'admin.accounts', {})).toEqual(before);
  });

  it("refuses bad input before asking the hub ('invalid_input')", async () => {
    const { core } = await adminConsole();
    const bad: readonly (readonly [MethodName, unknown])[] = [
      ['admin.createAccount', { username: 'Con Espacios', displayName: 'X', role: 'coordinator' }],
      ['admin.createAccount', { username: 'ok', displayName: '  ', role: 'coordinator' }],
      ['admin.createAccount', { username: 'ok', displayName: 'X', role: 'superuser' }],
      ['admin.pairDevice', { unitId: 'movil-01', label: '' }],
      ['admin.revokeDevice', { id: 'not-a-device' }],
      ['admin.log', { limit: 501 }],
    ];
    for (const [method, input] of bad)
      expect(await dispatch(core, method, input)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it("answers 'forbidden' to any other role — from the core itself, with the hub gone too", async () => {
    const hub = await hubAt(tempDir());
    const core = consoleFor(hub, { role: 'coordinator' });
    await untilLive(core);
    for (const [method, input] of REQUESTS)
      expect([method, await dispatch(core, method, input)]).toEqual([method, { ok: false, error: { code: 'forbidden' } }]);
    await hub.close();
    await eventually(
      () => syncStatus(core),
      (s) => s.state === 'offline',
    );
    for (const [method, input] of REQUESTS)
      expect([method, await dispatch(core, method, input)]).toEqual([method, { ok: false, error: { code: 'forbidden' } }]);
  });

  it("answers 'hub_unavailable' to an administrator with no hub, and while the hub is down", async () => {
    for (const [method, input] of REQUESTS)
      expect([method, await dispatch(consoleFor(null), method, input)]).toEqual([
        method,
        { ok: false, error: { code: 'hub_unavailable' } },
      ]);
    const { hub, core } = await adminConsole();
    await hub.close();
    await eventually(
      () => syncStatus(core),
      (s) => s.state === 'offline',
    );
    for (const [method, input] of REQUESTS)
      expect([method, await dispatch(core, method, input)]).toEqual([method, { ok: false, error: { code: 'hub_unavailable' } }]);
  });
});
