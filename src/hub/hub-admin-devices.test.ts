// Administrators pairing and revoking patrol devices from a console ('admin.pairDevice', 'admin.revokeDevice',
// 'admin.devices') against a real hub and real /field clients: a paired token reports; a revoked device's live
// connection is closed at once, it cannot connect again — not even by Socket.IO's connection recovery, which skips
// the handshake (a lone hub's; on PostgreSQL a device coming back goes through the handshake) — and what is listed
// and logged never shows a token.
import type { Socket } from 'socket.io-client';
import { describe, expect, it, vi } from 'vitest';
import { DevicesAnswerSchema, PairAnswerSchema, type PairAnswer } from '../shared/hub-protocol/admin.ts';
import { LIVE_NAMESPACES } from '../shared/hub-protocol/namespaces.ts';
import { tokenHash } from './auth/tokens.ts';
import { adminHub } from './test-support/admin-hub.ts';
import { sendToIncident } from './test-support/console-requests.ts';
import {
  connectConsole,
  connectDevice,
  connected,
  loginAs,
  nextEvent,
  refusalOf,
  request,
  socketTo,
  telemetry,
} from './test-support/hub-clients.ts';
import { RECOVERS_SESSIONS } from './test-support/test-store.ts';

const ctx = adminHub(2);
const unitId = 'movil-01';

async function pair(label = 'Tableta 1'): Promise<PairAnswer> {
  const answer = await request(ctx.admin, 'admin.pairDevice', { unitId, label });
  return PairAnswerSchema.parse(answer.ok && answer.value);
}

async function listed(id: string) {
  const answer = await request(ctx.admin, 'admin.devices', {});
  return DevicesAnswerSchema.parse(answer.ok && answer.value).devices.find((d) => d.id === id);
}

/** How a dropped socket's way back ends: refused at the handshake, or admitted (recovered or not) and then dropped. */
function wayBack(socket: Socket): Promise<string> {
  return new Promise((resolve) => {
    socket.once('connect', () =>
      socket.once('disconnect', (reason) => resolve(`${socket.recovered ? 'recovered' : 'connected'}, then ${reason}`)),
    );
    socket.once('connect_error', (err) => resolve(`refused: ${err.message}`));
    socket.connect();
  });
}

describe("'admin.pairDevice'", () => {
  it('pairs a device with a unit: its token, shown once, connects and reports; listed as connected', async () => {
    const { device, token } = await pair('  Tableta del móvil  ');
    expect(device).toEqual({
      id: expect.stringMatching(/^dev-[0-9a-f]{16}$/),
      label: 'Tableta del móvil',
      unitId,
      createdAt: expect.any(Number),
      createdBy: 'admin',
      revokedAt: null,
      connected: false,
    });
    expect(token).toMatch(/^[\w-]{43}$/);
    const socket = await connectDevice(ctx.hub.url, token);
    expect(await request(socket, 'telemetry', telemetry(unitId))).toEqual({ ok: true, value: null });
    expect(await listed(device.id)).toMatchObject({ connected: true, revokedAt: null });
  });

  it('refuses a unit the hub does not have with unit_not_found, pairing nothing', async () => {
    const before = ctx.store.devices.list();
    expect(await request(ctx.admin, 'admin.pairDevice', { unitId: 'movil-99', label: 'Tableta' })).toEqual({
      ok: false,
      error: 'unit_not_found',
    });
    expect(ctx.store.devices.list()).toEqual(before);
  });

  it('lists the demo devices, labelled with their call signs and paired by no one', async () => {
    const answer = await request(ctx.admin, 'admin.devices', {});
    const demo = DevicesAnswerSchema.parse(answer.ok && answer.value).devices.filter((d) => d.createdBy === null);
    const pairs = (list: [string, string][]) => list.sort(([a], [b]) => a.localeCompare(b));
    expect(pairs(demo.map((d) => [d.unitId, d.label]))).toEqual(pairs(ctx.hub.demo!.devices.map((d) => [d.unitId, d.callSign])));
  });
});

describe("'admin.revokeDevice'", () => {
  it('closes the live connection at once; the token is refused from then on', async () => {
    const { device, token } = await pair();
    const socket = await connectDevice(ctx.hub.url, token);
    expect(await request(socket, 'telemetry', telemetry(unitId))).toMatchObject({ ok: true });
    const disconnected = nextEvent<string>(socket, 'disconnect', () => true, 1_000); // the sweep runs every 10 s
    expect(await request(ctx.admin, 'admin.revokeDevice', { id: device.id })).toEqual({ ok: true, value: {} });
    expect(await disconnected).toBe('io server disconnect');
    expect(await refusalOf(ctx.hub.url, LIVE_NAMESPACES.field, { deviceToken: token })).toBe('unauthorized');
    expect(await listed(device.id)).toMatchObject({ connected: false, revokedAt: expect.any(Number) });
    expect(ctx.store.devices.unitFor(tokenHash(token))).toBeUndefined();
  });

  it('refuses a device revoked while it was away, even on a connection Socket.IO recovers', async () => {
    const { device, token } = await pair();
    const socket = socketTo(ctx.hub.url, LIVE_NAMESPACES.field, { deviceToken: token }, { reconnectionDelay: 500, randomizationFactor: 0 });
    await connected(socket);
    // Recovery resumes from the last broadcast the device received: a dispatcher sends its unit to an incident.
    const dispatcher = await connectConsole(ctx.hub.url, (await loginAs(ctx.hub, 'despacho')).token);
    const dispatched = nextEvent(socket, 'dispatch', (d: { task: unknown }) => d.task !== null);
    await sendToIncident(dispatcher, unitId, { barrio: 'Centro', address: null, lat: -31.42, lng: -64.18, precision: 'point' });
    await dispatched;

    socket.io.reconnection(false); // reconnect below, once the device has been revoked
    const dropped = nextEvent(socket, 'disconnect');
    socket.io.engine.close(); // a network drop, not a goodbye: the hub keeps the session for recovery
    await dropped;
    await vi.waitFor(async () => expect(await listed(device.id)).toMatchObject({ connected: false })); // the hub saw the drop
    expect(await request(ctx.admin, 'admin.revokeDevice', { id: device.id })).toEqual({ ok: true, value: {} });
    // Recovered, it is admitted without the handshake and sent away by the connection's own check.
    expect(await wayBack(socket)).toBe(RECOVERS_SESSIONS ? 'recovered, then io server disconnect' : 'refused: unauthorized');
  });

  it('refuses an unknown device with not_found and a revoked one with already_revoked', async () => {
    const { device } = await pair();
    expect(await request(ctx.admin, 'admin.revokeDevice', { id: device.id })).toMatchObject({ ok: true });
    expect(await request(ctx.admin, 'admin.revokeDevice', { id: device.id })).toEqual({ ok: false, error: 'already_revoked' });
    expect(await request(ctx.admin, 'admin.revokeDevice', { id: 'dev-ffffffffffffffff' })).toEqual({ ok: false, error: 'not_found' });
  });

  it('logs pairing and revoking with who, which device and unit, and never the token', async () => {
    const { device, token } = await pair('Tableta registrada');
    await request(ctx.admin, 'admin.revokeDevice', { id: device.id });
    const entries = ctx.store.adminLog.page(undefined, 500).filter((e) => e.target === device.id);
    expect(entries.map(({ by, action, detail }) => ({ by, action, detail }))).toEqual([
      { by: 'admin', action: 'device.revoke', detail: { unitId, label: 'Tableta registrada' } },
      { by: 'admin', action: 'device.pair', detail: { unitId, label: 'Tableta registrada' } },
    ]);
    expect(JSON.stringify(ctx.store.adminLog.page(undefined, 500))).not.toContain(token);
    expect(JSON.stringify(await request(ctx.admin, 'admin.devices', {}))).not.toContain(token);
  });
});
