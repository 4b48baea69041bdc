// Login over HTTP and who may connect to which namespace, against a real hub with demo data.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LoginAnswerSchema } from '../shared/hub-protocol/login.ts';
import { LIVE_NAMESPACES } from '../shared/hub-protocol/namespaces.ts';
import type { ChangesAnswer, SnapshotAnswer } from '../shared/hub-protocol/changes.ts';
import { createAccount, setAccountDisabled } from './admin/accounts.ts';
import { CLI_ACTOR } from './admin/actor.ts';
import { startHub, type Hub } from './hub.ts';
import type { HubStore } from './store/hub-store.ts';
import {
  connectConsole,
  connectDevice,
  deviceToken,
  login,
  loginAs,
  nextEvent,
  refusalOf,
  nextChange,
  request,
  sleep,
  telemetry,
} from './test-support/hub-clients.ts';
import { openTestStore, testStore } from './test-support/test-store.ts';

let root: string;
let hub: Hub;
let store: HubStore; // a second connection to the hub's store, as the CLI has

beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'hub-auth-'));
  hub = await startHub({ ...testStore(path.join(root, 'hub')), demoUnits: 3 });
  store = openTestStore(hub.dataDir);
});
afterAll(async () => {
  store.close();
  await hub.close();
  fs.rmSync(root, { recursive: true, force: true });
});

function post(body: string, headers: Record<string, string> = { 'Content-Type': 'application/json' }, urlPath = '/api/login') {
  return fetch(`${hub.url}${urlPath}`, { method: 'POST', headers, body });
}

describe('POST /api/login', () => {
  it('answers a session for the right password, whatever the username case', async () => {
    const { password } = hub.demo!.users.find((u) => u.username === 'despacho')!;
    const res = await post(JSON.stringify({ username: 'Despacho', password }));
    expect(res.status).toBe(200);
    const answer = LoginAnswerSchema.parse(await res.json());
    expect(answer.user).toEqual({ username: 'despacho', displayName: 'Martín Sosa', role: 'dispatcher' });
    expect(answer.token).toMatch(/^[\w-]{43}$/);
    expect(answer.expiresAt).toBeGreaterThan(Date.now() + 11 * 3600_000);
  });

  it.each([
    ['a wrong password', 'despacho', 'not-the-password'],
    ['an unknown user', 'nadie', 'whatever-password'],
  ])('refuses %s with 401', async (_, username, password) => {
    const res = await post(JSON.stringify({ username, password }));
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({ error: 'unauthorized' });
  });

  it('refuses a disabled user with 401, and accepts them again once re-enabled', async () => {
    await createAccount(
      store,
      CLI_ACTOR,
      { username: 'temporal', displayName: 'Temporal', role: 'dispatcher', password: 'una-clave-larga' },
      Date.now(),
    );
    expect((await login(hub, 'temporal', 'una-clave-larga')).user.role).toBe('dispatcher');
    setAccountDisabled(store, CLI_ACTOR, 'temporal', true, Date.now());
    expect((await post(JSON.stringify({ username: 'temporal', password: 'una-clave-larga' }))).status).toBe(401);
    setAccountDisabled(store, CLI_ACTOR, 'temporal', false, Date.now());
    expect((await post(JSON.stringify({ username: 'temporal', password: 'una-clave-larga' }))).status).toBe(200);
  });

  it.each([
    ['not JSON', '{"username":'],
    ['a missing password', JSON.stringify({ username: 'despacho' })],
    ['an unknown field', JSON.stringify({ username: 'despacho', password: 'x', admin: true })],
    ['a number for a username', JSON.stringify({ username: 1, password: 'x' })],
    ['an array', '[]'],
  ])('answers 400 to %s', async (_, body) => {
    const res = await post(body);
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ error: 'invalid_input' });
  });

  it('answers 413 to a body over 4 KB, 415 to a non-JSON type, 405 to GET and 404 elsewhere', async () => {
    expect((await post(JSON.stringify({ username: 'despacho', password: 'x'.repeat(5000) }))).status).toBe(413);
    expect((await post('username=despacho', { 'Content-Type': 'application/x-www-form-urlencoded' })).status).toBe(415);
    expect((await fetch(`${hub.url}/api/login`)).status).toBe(405);
    expect((await post('{}', { 'Content-Type': 'application/json' }, '/api/other')).status).toBe(404);
  });
});

describe('/console admission', () => {
  it('admits a live session', async () => {
    const session = await loginAs(hub, 'coordinacion');
    const socket = await connectConsole(hub.url, session.token);
    expect(socket.connected).toBe(true);
  });

  it.each<[string, () => Record<string, unknown>, string]>([
    ['no token', () => ({}), 'unauthorized'],
    ['an unknown token', () => ({ token: 'x'.repeat(43) }), 'unauthorized'],
    ['a token that is not a string', () => ({ token: 42 }), 'unauthorized'],
    ['a device token', () => ({ token: deviceToken(hub, hub.demo!.devices[0]!.unitId) }), 'forbidden'],
  ])('refuses %s', async (_, auth, reason) => {
    expect(await refusalOf(hub.url, LIVE_NAMESPACES.console, auth())).toBe(reason);
  });

  it('refuses the default namespace', async () => {
    const session = await loginAs(hub, 'despacho');
    expect(await refusalOf(hub.url, '/', { token: session.token })).toBe('forbidden');
  });

  it('ends a connected console once its user is disabled', async () => {
    await createAccount(
      store,
      CLI_ACTOR,
      { username: 'saliente', displayName: 'Saliente', role: 'coordinator', password: 'otra-clave-larga' },
      Date.now(),
    );
    const session = await login(hub, 'saliente', 'otra-clave-larga');
    const socket = await connectConsole(hub.url, session.token);
    setAccountDisabled(store, CLI_ACTOR, 'saliente', true, Date.now());
    const disconnected = nextEvent<string>(socket, 'disconnect');
    expect(await request(socket, 'snapshot', {})).toEqual({ ok: false, error: 'unauthorized' });
    expect(await disconnected).toBe('io server disconnect');
    expect(await refusalOf(hub.url, LIVE_NAMESPACES.console, { token: session.token })).toBe('unauthorized');
  });

  it('lets court staff connect without unit data', async () => {
    const unitId = hub.demo!.devices[0]!.unitId;
    const judge = await connectConsole(hub.url, (await loginAs(hub, 'juez')).token);
    const dispatcher = await connectConsole(hub.url, (await loginAs(hub, 'despacho')).token);
    const snapshot = await request<SnapshotAnswer>(judge, 'snapshot', {});
    expect(snapshot).toEqual({ ok: true, value: { seq: expect.any(Number), positions: [] } });
    // The judge reads the dated settings (every role does), never a unit.
    const judgeChanges = await request<ChangesAnswer>(judge, 'changes', { since: 0, limit: 1000 });
    expect(judgeChanges.ok && judgeChanges.value.changes.map((c) => c.entity)).toEqual(expect.arrayContaining(['setting']));
    expect(judgeChanges.ok && judgeChanges.value.changes.filter((c) => c.entity === 'unit')).toEqual([]);
    let judgeHeard = 0;
    judge.onAny(() => judgeHeard++);
    const device = await connectDevice(hub.url, deviceToken(hub, unitId));
    const dispatcherSaw = nextChange(dispatcher);
    await request(device, 'telemetry', telemetry(unitId, { status: 'en_route' }));
    await dispatcherSaw;
    await sleep(100); // a positions tick later
    expect(judgeHeard).toBe(0);
  });
});

describe('/console session expiry', () => {
  it('refuses a session once it has expired', async () => {
    const shortRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'hub-ttl-'));
    const shortHub = await startHub({ ...testStore(shortRoot), demoUnits: 1, sessionTtlMs: 1000 });
    try {
      const session = await loginAs(shortHub, 'despacho');
      expect((await connectConsole(shortHub.url, session.token)).connected).toBe(true);
      await sleep(session.expiresAt - Date.now() + 20);
      expect(await refusalOf(shortHub.url, LIVE_NAMESPACES.console, { token: session.token })).toBe('unauthorized');
    } finally {
      await shortHub.close();
      fs.rmSync(shortRoot, { recursive: true, force: true });
    }
  });
});

describe('/field admission', () => {
  it('admits a device token', async () => {
    expect((await connectDevice(hub.url, deviceToken(hub, hub.demo!.devices[1]!.unitId))).connected).toBe(true);
  });

  it.each<[string, () => Promise<Record<string, unknown>>, string]>([
    ['no token', async () => ({}), 'unauthorized'],
    ['an unknown token', async () => ({ deviceToken: 'y'.repeat(43) }), 'unauthorized'],
    ['a session token', async () => ({ deviceToken: (await loginAs(hub, 'admin')).token }), 'forbidden'],
  ])('refuses %s', async (_, auth, reason) => {
    expect(await refusalOf(hub.url, LIVE_NAMESPACES.field, await auth())).toBe(reason);
  });
});
