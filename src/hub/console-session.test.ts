// The console core choosing its hub at run time (session.*) against real hubs and real cache files: the embedded
// default, signing in to a remote hub (and every way that can fail without changing anything), switching back and
// forth, a saved remote choice starting signed out, a flag deciding for one run, and no socket or timer left over.
import net from 'node:net';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { CACHE_FILE_NAME } from '../core/cache/cache-session.ts';
import { createConsoleCore, type ConsoleCore, type ConsoleCoreOptions } from '../core/console-core.ts';
import type { EmbeddedHubStarter } from '../core/hub-session/hub-session.ts';
import { tempDir } from '../core/test-support/temp-dir.ts';
import type { ApiResult } from '../shared/api/result.ts';
import type { SessionInfo } from '../shared/api/session.ts';
import type { UnitRow } from '../shared/live/unit-row.ts';
import { startEmbeddedHub } from './embedded-hub.ts';
import type { Hub } from './hub.ts';
import { eventually, hubAt, syncStatus } from './test-support/following-console.ts';
import { openTestStore } from './test-support/test-store.ts';

const cores: ConsoleCore[] = [];
afterEach(async () => {
  for (const core of cores.splice(0)) await core.close();
});

/** A real embedded hub (4 units, its simulator) started on demand; counts its starts and stops. */
function embeddedStarter(dataDir: string) {
  const counts = { starts: 0, stops: 0, running: false };
  const start: EmbeddedHubStarter = async () => {
    const embedded = await startEmbeddedHub({ dataDir, units: 4, hz: 2, demoOperations: 300 });
    counts.starts++;
    counts.running = true;
    return {
      url: embedded.url,
      demoAccounts: embedded.demoAccounts,
      close: async () => {
        await embedded.close();
        counts.stops++;
        counts.running = false;
      },
    };
  };
  return { start, counts };
}

function open(dataDir: string, options: Partial<ConsoleCoreOptions> = {}): ConsoleCore {
  const core = createConsoleCore({ dataDir, host: 'browser', version: 'test', demo: false, log: () => {}, ...options });
  cores.push(core);
  return core;
}

async function close(core: ConsoleCore): Promise<void> {
  cores.splice(cores.indexOf(core), 1);
  await core.close();
}

/** How many live sessions the hub holds for `username` (read from its store, as a second connection). */
function sessionsOf(hub: Hub, username: string): number {
  const store = openTestStore(hub.dataDir);
  try {
    return store.users.list(Date.now()).find((u) => u.username === username)?.sessions ?? 0;
  } finally {
    store.close();
  }
}

const session = async (core: ConsoleCore) => ((await core.dispatch('session.get', {})) as { value: SessionInfo }).value;
const unitIds = async (core: ConsoleCore) =>
  ((await core.dispatch('units.list', {})) as { value: { units: UnitRow[] } }).value.units.map((u) => u.id).sort();
const liveOn = (core: ConsoleCore, url: string) =>
  eventually(
    () => syncStatus(core),
    (s) => s.state === 'live' && s.hubUrl === url,
  );
/** The username and password of a hub's demo account of `role`. */
function userOf(hub: Hub, role: string): { username: string; password: string } {
  const { username, password } = hub.demo!.users.find((u) => u.role === role)!;
  return { username, password };
}

/** How many records of `entity` the console's cache file holds (read beside the running console). */
function cachedCount(dataDir: string, entity: string): number {
  const db = new Database(path.join(dataDir, CACHE_FILE_NAME), { readonly: true });
  try {
    return db.prepare('SELECT count(*) FROM records WHERE entity = ?').pluck().get(entity) as number;
  } finally {
    db.close();
  }
}

function closedPortUrl(): Promise<string> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(`http://127.0.0.1:${port}`));
    });
  });
}

describe('choosing the hub at run time', () => {
  it('follows the embedded hub by default, signed in as the demo dispatcher, with the demo accounts (no passwords)', async () => {
    const root = tempDir();
    const embedded = embeddedStarter(path.join(root, 'hub'));
    const core = open(path.join(root, 'console'), { embeddedHub: embedded.start });
    await core.hubSettled();
    const info = await session(core);
    expect(info.hub).toMatchObject({ kind: 'embedded', decidedBy: 'settings' });
    expect(info.user).toEqual({ username: 'despacho', displayName: 'Martín Sosa', role: 'dispatcher' });
    expect(info.demoAccounts.map((a) => a.role)).toEqual(['coordinator', 'dispatcher', 'court_clerk', 'judge', 'administrator']);
    expect(JSON.stringify(info)).not.toContain('password');
    await liveOn(core, info.hub.url!);
    await eventually(
      () => unitIds(core),
      (ids) => ids.length === 4,
    );

    // another demo account, remembered across restarts
    const changed = await core.dispatch('session.useEmbedded', { username: 'coordinacion' });
    expect(changed).toMatchObject({ ok: true, value: { user: { username: 'coordinacion', role: 'coordinator' } } });
    expect(await core.dispatch('session.useEmbedded', { username: 'nadie' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', issues: [{ path: 'username', code: 'invalid_value' }] },
    });
    await close(core);
    expect(embedded.counts).toMatchObject({ starts: 1, stops: 1, running: false });
    const again = open(path.join(root, 'console'), { embeddedHub: embedded.start });
    await again.hubSettled();
    expect((await session(again)).user?.username).toBe('coordinacion');
  });

  it('signs in to a remote hub only with the right password; failures change nothing; switches back and forth', async () => {
    const root = tempDir();
    const remote = await hubAt(path.join(root, 'remote'), { units: 3 });
    const embedded = embeddedStarter(path.join(root, 'hub'));
    const core = open(path.join(root, 'console'), { embeddedHub: embedded.start });
    await core.hubSettled();
    const embeddedUrl = (await session(core)).hub.url!;
    await liveOn(core, embeddedUrl);
    const coordinator = userOf(remote, 'coordinator');

    const before = await session(core);
    const wrong = await core.dispatch('session.signIn', { url: remote.url, username: coordinator.username, password: 'not-the-password' });
    expect(wrong).toEqual({ ok: false, error: { code: 'hub_unauthorized' } });
    const unreachable = await core.dispatch('session.signIn', { url: await closedPortUrl(), username: 'x', password: 'y' });
    expect(unreachable).toEqual({ ok: false, error: { code: 'hub_unavailable' } });
    for (const url of ['ftp://hub.example', 'hub sin protocolo', '']) {
      const bad = await core.dispatch('session.signIn', { url, username: 'x', password: 'y' });
      expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_input', issues: [{ path: 'url' }] } });
    }
    expect(await session(core)).toEqual(before);
    expect(embedded.counts.running).toBe(true);
    expect((await syncStatus(core)).hubUrl).toBe(embeddedUrl);

    // remote: replaces the embedded hub and its simulator
    const signedIn = (await core.dispatch('session.signIn', { url: `${remote.url}/`, ...coordinator })) as ApiResult<SessionInfo>;
    expect(signedIn).toMatchObject({
      ok: true,
      value: {
        hub: { kind: 'remote', url: remote.url, decidedBy: 'settings' },
        user: { username: 'coordinacion', role: 'coordinator' },
        demoAccounts: [],
      },
    });
    expect(embedded.counts).toMatchObject({ stops: 1, running: false });
    await liveOn(core, remote.url);
    // the sync follows with the session the sign-in opened: one session, not one to check and one to use
    expect(sessionsOf(remote, coordinator.username)).toBe(1);
    await eventually(
      () => unitIds(core),
      (ids) =>
        ids.length === 3 &&
        ids.join() ===
          remote
            .demo!.devices.map((d) => d.unitId)
            .sort()
            .join(),
    );

    // a wrong password now keeps the remote connection
    expect(await core.dispatch('session.signIn', { url: remote.url, username: 'coordinacion', password: 'nope' })).toMatchObject({
      ok: false,
    });
    expect((await syncStatus(core)).state).toBe('live');

    // back to the embedded hub (started again), then remote again
    const back = (await core.dispatch('session.useEmbedded', {})) as { value: SessionInfo };
    expect(back.value).toMatchObject({ hub: { kind: 'embedded' }, user: { role: 'dispatcher' } });
    expect(embedded.counts).toMatchObject({ starts: 2, running: true });
    await liveOn(core, back.value.hub.url!);
    await eventually(
      () => unitIds(core),
      (ids) => ids.length === 4,
    );
    expect(await core.dispatch('session.signIn', { url: remote.url, ...userOf(remote, 'dispatcher') })).toMatchObject({ ok: true });
    await liveOn(core, remote.url);
    expect(embedded.counts).toMatchObject({ starts: 2, stops: 2, running: false });

    // signing out: nothing synced until signing in again (without a URL: the same hub)
    expect(await core.dispatch('session.signOut', {})).toMatchObject({ ok: true, value: { user: null, hub: { kind: 'remote' } } });
    expect(await syncStatus(core)).toMatchObject({ state: 'signed_out', hubUrl: remote.url });
    expect(await core.dispatch('session.signIn', { ...userOf(remote, 'dispatcher') })).toMatchObject({ ok: true });
    await liveOn(core, remote.url);
  });

  it('starts a saved remote choice signed out (no password is stored) and never starts the embedded hub for it', async () => {
    const root = tempDir();
    const remote = await hubAt(path.join(root, 'remote'), { units: 2 });
    const embedded = embeddedStarter(path.join(root, 'hub'));
    const dataDir = path.join(root, 'console');
    let core = open(dataDir, { embeddedHub: embedded.start });
    await core.hubSettled();
    const dispatcher = userOf(remote, 'dispatcher');
    expect(await core.dispatch('session.signIn', { url: remote.url, ...dispatcher })).toMatchObject({ ok: true });
    await liveOn(core, remote.url);
    await close(core);

    const starts = embedded.counts.starts;
    core = open(dataDir, { embeddedHub: embedded.start });
    await core.hubSettled();
    expect(await session(core)).toEqual({
      hub: { kind: 'remote', url: remote.url, decidedBy: 'settings' },
      user: null,
      lastUsername: dispatcher.username,
      demoAccounts: [],
    });
    expect(await syncStatus(core)).toMatchObject({ state: 'signed_out', hubUrl: remote.url });
    expect((await unitIds(core)).length).toBe(2); // the last picture of that hub is kept
    expect(embedded.counts.starts).toBe(starts);
    expect(await core.dispatch('session.signIn', { username: dispatcher.username, password: dispatcher.password })).toMatchObject({
      ok: true,
    });
    await liveOn(core, remote.url);
  });

  it('lets a flag decide for one run without touching the saved choice', async () => {
    const root = tempDir();
    const hubA = await hubAt(path.join(root, 'a'), { units: 2 });
    const hubB = await hubAt(path.join(root, 'b'), { units: 3 });
    const embedded = embeddedStarter(path.join(root, 'hub'));
    const dataDir = path.join(root, 'console');
    let core = open(dataDir, { embeddedHub: embedded.start });
    await core.hubSettled();
    expect(await core.dispatch('session.signIn', { url: hubA.url, ...userOf(hubA, 'dispatcher') })).toMatchObject({ ok: true });
    await close(core);
    const starts = embedded.counts.starts;

    // --no-hub
    core = open(dataDir, { embeddedHub: embedded.start, hubFlag: { kind: 'off' } });
    await core.hubSettled();
    expect((await session(core)).hub).toEqual({ kind: 'off', url: null, decidedBy: 'flag' });
    expect(await core.dispatch('session.useEmbedded', {})).toEqual({ ok: false, error: { code: 'forbidden' } });
    expect(await core.dispatch('session.signIn', { url: hubA.url, ...userOf(hubA, 'dispatcher') })).toEqual({
      ok: false,
      error: { code: 'forbidden' },
    });
    await close(core);

    // --hub B --hub-user …: signed in at start; another hub cannot be chosen, the same one can be signed in to again
    const admin = userOf(hubB, 'administrator');
    core = open(dataDir, {
      embeddedHub: embedded.start,
      hubFlag: { kind: 'remote', url: hubB.url, username: admin.username, password: admin.password },
    });
    await core.hubSettled();
    await liveOn(core, hubB.url);
    await eventually(
      () => session(core),
      (s) => s.user?.role === 'administrator',
    );
    expect((await session(core)).hub).toEqual({ kind: 'remote', url: hubB.url, decidedBy: 'flag' });
    expect(await core.dispatch('session.signIn', { url: hubA.url, ...userOf(hubA, 'dispatcher') })).toEqual({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(await core.dispatch('session.signIn', { ...userOf(hubB, 'coordinator') })).toMatchObject({
      ok: true,
      value: { user: { role: 'coordinator' } },
    });
    await close(core);
    expect(embedded.counts.starts).toBe(starts); // a flag's run never starts the embedded hub

    // without the flag: the saved choice (hub A) again
    core = open(dataDir, { embeddedHub: embedded.start });
    await core.hubSettled();
    expect((await session(core)).hub).toEqual({ kind: 'remote', url: hubA.url, decidedBy: 'settings' });
  });

  it('syncs from scratch when another role signs in to the same hub: it gets what it may read and keeps nothing it may not', async () => {
    const root = tempDir();
    const remote = await hubAt(path.join(root, 'remote'), { units: 2 });
    const dataDir = path.join(root, 'console');
    const core = open(dataDir);
    await core.hubSettled();
    const people = () => cachedCount(dataDir, 'person');
    const signInAs = async (role: string) => {
      expect(await core.dispatch('session.signIn', { url: remote.url, ...userOf(remote, role) })).toMatchObject({ ok: true });
      await liveOn(core, remote.url);
    };

    await signInAs('court_clerk'); // the court desk reads no roster
    expect(people()).toBe(0);
    await signInAs('coordinator');
    await eventually(people, (n) => n > 0);
    await signInAs('court_clerk');
    await eventually(people, (n) => n === 0);
  });

  it('leaves no socket or timer behind after many restarts of the sync', async () => {
    const root = tempDir();
    const remote = await hubAt(path.join(root, 'remote'), { units: 2 });
    const handles = () => {
      const info = process.getActiveResourcesInfo();
      return { sockets: info.filter((r) => r === 'TCPSocketWrap').length, timers: info.filter((r) => r === 'Timeout').length };
    };
    const core = open(path.join(root, 'console'));
    await core.hubSettled();
    await new Promise((r) => setTimeout(r, 200));
    const baseline = handles();
    const dispatcher = userOf(remote, 'dispatcher');
    for (let i = 0; i < 5; i++) {
      // switched while the previous login may still be in flight, and once connected
      void core.dispatch('session.signIn', { url: remote.url, ...dispatcher });
      void core.dispatch('session.signOut', {});
      await core.dispatch('session.signIn', { url: remote.url, ...dispatcher });
      await liveOn(core, remote.url);
    }
    await core.dispatch('session.useNone', {});
    expect(await syncStatus(core)).toMatchObject({ state: 'offline', hubUrl: null });
    await eventually(handles, (h) => h.sockets <= baseline.sockets && h.timers <= baseline.timers, 5_000);
  });
});
