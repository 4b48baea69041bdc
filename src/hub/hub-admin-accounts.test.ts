// Administrators managing accounts from a console ('admin.*', shared/hub-protocol/admin.ts) against a real hub:
// who may ask (administrators only), what a malformed request gets (nothing changes), what each change does to
// the account's live consoles (disconnected at once, not at the 10 s sweep) and to its password, what is refused
// (own account, last administrator, unknown or existing usernames), and what the administration log keeps.
import type { Socket } from 'socket.io-client';
import { describe, expect, it } from 'vitest';
import { ROLES } from '../shared/auth/roles.ts';
import { demoUsername } from '../shared/demo/accounts.ts';
import {
  AccountsAnswerSchema,
  AdminLogAnswerSchema,
  EndedAnswerSchema,
  PasswordAnswerSchema,
  type AdminLogEntry,
} from '../shared/hub-protocol/admin.ts';
import { LIVE_NAMESPACES } from '../shared/hub-protocol/namespaces.ts';
import { setAccountDisabled } from './admin/accounts.ts';
import { CLI_ACTOR } from './admin/actor.ts';
import { adminHub } from './test-support/admin-hub.ts';
import { connectConsole, login, loginAs, nextEvent, refusalOf, request } from './test-support/hub-clients.ts';

const ctx = adminHub(1);

/** What the administrator's console sees of the hub's accounts, devices and log: unchanged by a refused request. */
const state = () => ({
  users: ctx.store.users.list(Date.now()).map(({ username, role, disabled }) => ({ username, role, disabled })),
  devices: ctx.store.devices.list(),
  log: ctx.store.adminLog.page(undefined, 500),
});

let counter = 0;
/** A new account made by the administrator, signed in on a console of its own. */
async function signedInAccount(role: (typeof ROLES)[number] = 'coordinator') {
  const username = `cuenta.${++counter}`;
  const created = await request(ctx.admin, 'admin.createAccount', { username, displayName: `Cuenta ${counter}`, role });
  const { password } = PasswordAnswerSchema.parse(created.ok && created.value);
  const session = await login(ctx.hub, username, password);
  const socket = await connectConsole(ctx.hub.url, session.token);
  return { username, password, session, socket };
}

/** Resolves with the disconnect reason if the socket is disconnected within a second (the sweep runs every 10 s). */
const disconnectedAtOnce = (socket: Socket) => nextEvent<string>(socket, 'disconnect', () => true, 1_000);

describe("'admin.*': who may ask", () => {
  // A valid request of every event; for an administrator each is answered (a success or an administrative refusal).
  const EVENTS: readonly [string, unknown][] = [
    ['admin.accounts', {}],
    ['admin.createAccount', { username: 'matriz.nueva', displayName: 'Matriz', role: 'judge' }],
    ['admin.setDisabled', { username: 'nadie', disabled: true }],
    ['admin.resetPassword', { username: 'nadie' }],
    ['admin.endSessions', { username: 'nadie' }],
    ['admin.devices', {}],
    ['admin.pairDevice', { unitId: 'no-existe', label: 'Tableta' }],
    ['admin.revokeDevice', { id: 'dev-0000000000000000' }],
    ['admin.log', { limit: 10 }],
  ];
  const OTHERS = ROLES.filter((role) => role !== 'administrator');

  it.each(OTHERS)('refuses every request of a %s with forbidden, changing nothing', async (role) => {
    const socket = await connectConsole(ctx.hub.url, (await loginAs(ctx.hub, demoUsername(role))).token);
    const before = state();
    for (const [event, payload] of EVENTS)
      expect([event, await request(socket, event, payload)]).toEqual([event, { ok: false, error: 'forbidden' }]);
    expect(state()).toEqual(before);
  });

  it('answers every request of an administrator', async () => {
    const answers = Object.fromEntries(
      await Promise.all(EVENTS.map(async ([event, payload]) => [event, await request(ctx.admin, event, payload)] as const)),
    );
    expect(answers).toEqual({
      'admin.accounts': { ok: true, value: { accounts: expect.any(Array) } },
      'admin.createAccount': { ok: true, value: { username: 'matriz.nueva', password: expect.any(String) } },
      'admin.setDisabled': { ok: false, error: 'not_found' },
      'admin.resetPassword': { ok: false, error: 'not_found' },
      'admin.endSessions': { ok: false, error: 'not_found' },
      'admin.devices': { ok: true, value: { devices: expect.any(Array) } },
      'admin.pairDevice': { ok: false, error: 'unit_not_found' },
      'admin.revokeDevice': { ok: false, error: 'not_found' },
      'admin.log': { ok: true, value: { entries: expect.any(Array) } },
    });
  });
});

describe("'admin.*': malformed requests", () => {
  it.each<[string, unknown]>([
    ['admin.accounts', undefined],
    ['admin.accounts', { all: true }],
    ['admin.createAccount', { username: 'Con Espacio', displayName: 'X', role: 'judge' }],
    ['admin.createAccount', { username: 'mal.rol', displayName: 'X', role: 'jefa' }],
    ['admin.createAccount', { username: 'sin.nombre', displayName: '   ', role: 'judge' }],
    ['admin.createAccount', { username: 'con.clave', displayName: 'X', role: 'judge', password: 'elegida-por-mi' }],
    ['admin.setDisabled', { username: 'despacho', disabled: 'yes' }],
    ['admin.setDisabled', { username: 'despacho' }],
    ['admin.resetPassword', { username: 42 }],
    ['admin.endSessions', ['despacho']],
    ['admin.pairDevice', { unitId: '', label: 'Tableta' }],
    ['admin.pairDevice', { unitId: 'movil-01', label: 'x'.repeat(81) }],
    ['admin.revokeDevice', { id: 'DEV-ABC' }],
    ['admin.log', { limit: 0 }],
    ['admin.log', { limit: 501 }],
    ['admin.log', { before: 0, limit: 10 }],
  ])('refuses %s %j with invalid_input, changing nothing', async (event, payload) => {
    const before = state();
    expect(await request(ctx.admin, event, payload)).toEqual({ ok: false, error: 'invalid_input' });
    expect(state()).toEqual(before);
  });
});

describe("'admin.createAccount'", () => {
  it('makes an account whose password, shown once, signs in; listed with its session and last login', async () => {
    const { username, session } = await signedInAccount('dispatcher');
    const answer = await request(ctx.admin, 'admin.accounts', {});
    const account = AccountsAnswerSchema.parse(answer.ok && answer.value).accounts.find((a) => a.username === username);
    expect(account).toEqual({
      username,
      displayName: expect.stringMatching(/^Cuenta /),
      role: 'dispatcher',
      disabled: false,
      createdAt: expect.any(Number),
      sessions: 1,
      lastLoginAt: expect.any(Number),
    });
    expect(account!.lastLoginAt).toBeLessThanOrEqual(Date.now());
    expect(session.user.role).toBe('dispatcher');
  });

  it.each(['despacho', 'cli'])('refuses %s as a username (taken, or the log’s name for the CLI) with already_exists', async (username) => {
    expect(await request(ctx.admin, 'admin.createAccount', { username, displayName: 'Otro', role: 'judge' })).toEqual({
      ok: false,
      error: 'already_exists',
    });
  });
});

describe('ending sessions, at once', () => {
  it('disabling an account disconnects its consoles at once; it cannot reconnect or log in until enabled', async () => {
    const { username, password, session, socket } = await signedInAccount();
    const disconnected = disconnectedAtOnce(socket);
    const answer = await request(ctx.admin, 'admin.setDisabled', { username, disabled: true });
    expect(EndedAnswerSchema.parse(answer.ok && answer.value)).toEqual({ endedSessions: 1 });
    expect(await disconnected).toBe('io server disconnect');
    expect(await refusalOf(ctx.hub.url, LIVE_NAMESPACES.console, { token: session.token })).toBe('unauthorized');
    await expect(login(ctx.hub, username, password)).rejects.toThrow('401');

    expect(await request(ctx.admin, 'admin.setDisabled', { username, disabled: false })).toEqual({ ok: true, value: { endedSessions: 0 } });
    expect((await login(ctx.hub, username, password)).user.username).toBe(username);
  });

  it('resetting a password disconnects its consoles at once; the old password stops working, the new one works', async () => {
    const { username, password, session, socket } = await signedInAccount();
    const disconnected = disconnectedAtOnce(socket);
    const answer = await request(ctx.admin, 'admin.resetPassword', { username });
    const reset = PasswordAnswerSchema.parse(answer.ok && answer.value);
    expect(await disconnected).toBe('io server disconnect');
    expect(reset).toEqual({ username, password: expect.stringMatching(/^[\w-]{16}$/) });
    expect(reset.password).not.toBe(password);
    expect(await refusalOf(ctx.hub.url, LIVE_NAMESPACES.console, { token: session.token })).toBe('unauthorized');
    await expect(login(ctx.hub, username, password)).rejects.toThrow('401');
    expect((await login(ctx.hub, username, reset.password)).user.username).toBe(username);
  });

  it('ending sessions disconnects every console of the account at once; its password still works', async () => {
    const { username, password, session, socket } = await signedInAccount();
    const second = await connectConsole(ctx.hub.url, (await login(ctx.hub, username, password)).token);
    const disconnected = [disconnectedAtOnce(socket), disconnectedAtOnce(second)];
    expect(await request(ctx.admin, 'admin.endSessions', { username })).toEqual({ ok: true, value: { endedSessions: 2 } });
    expect(await Promise.all(disconnected)).toEqual(['io server disconnect', 'io server disconnect']);
    expect(await refusalOf(ctx.hub.url, LIVE_NAMESPACES.console, { token: session.token })).toBe('unauthorized');
    expect((await login(ctx.hub, username, password)).user.username).toBe(username);
  });

  it("leaves other accounts' consoles connected", async () => {
    const bystander = await signedInAccount();
    const { username } = await signedInAccount();
    let dropped = false;
    bystander.socket.on('disconnect', () => (dropped = true));
    expect((await request(ctx.admin, 'admin.endSessions', { username })).ok).toBe(true);
    expect(await request(bystander.socket, 'snapshot', {})).toMatchObject({ ok: true });
    expect(dropped).toBe(false);
  });
});

describe('what an administrator may not do', () => {
  it('refuses disabling or resetting their own account with own_account; ending their own sessions keeps the one asking', async () => {
    const { username, password, socket } = await signedInAccount('administrator');
    const other = await connectConsole(ctx.hub.url, (await login(ctx.hub, username, password)).token);
    const before = state();
    expect(await request(socket, 'admin.setDisabled', { username, disabled: true })).toEqual({ ok: false, error: 'own_account' });
    expect(await request(socket, 'admin.resetPassword', { username })).toEqual({ ok: false, error: 'own_account' });
    expect(state()).toEqual(before);

    const otherGone = disconnectedAtOnce(other);
    expect(await request(socket, 'admin.endSessions', { username })).toEqual({ ok: true, value: { endedSessions: 1 } });
    expect(await otherGone).toBe('io server disconnect');
    expect(await request(socket, 'admin.accounts', {})).toMatchObject({ ok: true });
  });

  it('never disables the last enabled administrator (only the CLI could ask: a console asking is an administrator itself)', async () => {
    const enabledAdministrators = ctx.store.users.list(Date.now()).filter((u) => u.role === 'administrator' && !u.disabled);
    const [keep, ...rest] = enabledAdministrators.map((u) => u.username);
    for (const username of rest) expect(setAccountDisabled(ctx.store, CLI_ACTOR, username, true, Date.now()).ok).toBe(true);
    const before = state();
    expect(setAccountDisabled(ctx.store, CLI_ACTOR, keep!, true, Date.now())).toEqual({ ok: false, error: 'last_administrator' });
    expect(state()).toEqual(before);
    for (const username of rest) expect(setAccountDisabled(ctx.store, CLI_ACTOR, username, false, Date.now()).ok).toBe(true);
  });
});

describe("'admin.log'", () => {
  it('records every change with who made it, on what, and never a password', async () => {
    const { username, password } = await signedInAccount('judge');
    const reset = await request<{ password: string }>(ctx.admin, 'admin.resetPassword', { username });
    await request(ctx.admin, 'admin.setDisabled', { username, disabled: true });
    await request(ctx.admin, 'admin.setDisabled', { username, disabled: false });
    await request(ctx.admin, 'admin.endSessions', { username });

    const answer = await request(ctx.admin, 'admin.log', { limit: 500 });
    const entries = AdminLogAnswerSchema.parse(answer.ok && answer.value).entries.filter((e) => e.target === username);
    expect(entries.map(({ by, action, detail }) => ({ by, action, detail }))).toEqual([
      { by: 'admin', action: 'account.end_sessions', detail: { endedSessions: 0 } },
      { by: 'admin', action: 'account.enable', detail: {} },
      { by: 'admin', action: 'account.disable', detail: { endedSessions: 0 } },
      { by: 'admin', action: 'account.reset_password', detail: { endedSessions: 1 } },
      { by: 'admin', action: 'account.create', detail: { role: 'judge', displayName: expect.stringMatching(/^Cuenta /) } },
    ]);
    const text = JSON.stringify(ctx.store.adminLog.page(undefined, 500));
    expect(text).not.toContain(password);
    expect(text).not.toContain(reset.ok && reset.value.password);
  });

  it('pages newest first: `before` continues where the last page ended', async () => {
    const all = ctx.store.adminLog.page(undefined, 500);
    expect(all.length).toBeGreaterThan(3);
    const page = async (payload: { before?: number; limit: number }) => {
      const answer = await request(ctx.admin, 'admin.log', payload);
      return AdminLogAnswerSchema.parse(answer.ok && answer.value).entries.map((e: AdminLogEntry) => e.seq);
    };
    const first = await page({ limit: 2 });
    const second = await page({ before: first.at(-1)!, limit: 2 });
    expect([...first, ...second]).toEqual(all.slice(0, 4).map((e) => e.seq));
  });
});
