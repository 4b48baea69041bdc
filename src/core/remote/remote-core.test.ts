// Runs in: Node (vitest). serve-core.ts and remote-core.ts over a real MessageChannel, with a real console core on
// a temp data folder: calls and events cross the port; a long export does not hold a small call (answers come
// out of order); malformed messages get error answers or are dropped, and never stop the serving; a 'page' port
// may only call; a port that closes answers every waiting request at once; a closed port leaves no listener.
import fs from 'node:fs';
import path from 'node:path';
import { MessageChannel } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import type { ApiResult } from '../../shared/api/result.ts';
import { CACHE_FILE_NAME } from '../cache/cache-session.ts';
import { createCache } from '../cache/cache.ts';
import { createConsoleCore, type ConsoleCore } from '../console-core.ts';
import { TILES_UNAVAILABLE } from '../host/tile-response.ts';
import { seedOperations } from '../seed/seed-operations.ts';
import { tempDir } from '../test-support/temp-dir.ts';
import { nodePort } from './node-port.ts';
import { remoteCore } from './remote-core.ts';
import { serveCore, type ServeOptions } from './serve-core.ts';

const opened: { core: ConsoleCore; channel: MessageChannel }[] = [];
afterEach(async () => {
  for (const { core, channel } of opened.splice(0)) {
    channel.port1.close();
    await core.close();
  }
});

function startCore(dataDir = tempDir()): ConsoleCore {
  return createConsoleCore({ dataDir, host: 'browser', version: 't', demo: false, hub: null, log: () => {} });
}

/** A core served on one end of a MessageChannel; the host's RemoteCore on the other; what the server logged. */
function served(core: ConsoleCore, options: Partial<ServeOptions> = {}) {
  const channel = new MessageChannel();
  opened.push({ core, channel });
  const logged: string[] = [];
  serveCore(core, nodePort(channel.port2), { access: 'host', events: true, log: (message) => logged.push(message), ...options });
  return { remote: remoteCore(nodePort(channel.port1)), port: channel.port1, logged };
}

/** The next message on a raw client port. */
const nextMessage = (port: MessageChannel['port1']) => new Promise<unknown>((resolve) => port.once('message', resolve));

describe('a console core over a message port', () => {
  it('answers ConsoleApi calls with the dispatch’s ApiResult, and the host’s other requests', async () => {
    const { remote } = served(startCore());
    expect(await remote.call('app.info', {})).toMatchObject({ ok: true, value: { host: 'browser', version: 't' } });
    expect(await remote.call('operations.page', { offset: -1, limit: 1 })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', issues: [{ path: 'offset' }] },
    });
    expect(await remote.call('fs.readFile', '/etc/passwd')).toEqual({ ok: false, error: { code: 'unknown_method' } });
    expect(await remote.call(42, {})).toEqual({ ok: false, error: { code: 'unknown_method' } });
    expect(await remote.imageOrigins()).toEqual([]);
    expect(await remote.takeExport('A'.repeat(32))).toBeNull();
    expect((await remote.tile('../../etc/passwd', { acceptsGzip: true })).status).toBe(404);
    await expect(remote.hubSettled()).resolves.toBeUndefined();
  });

  it('forwards core events, and only on ports that asked for them', async () => {
    // A core whose cache file is corrupt starts unavailable; rebuilding it says every kind was replaced.
    const dataDir = tempDir();
    fs.writeFileSync(path.join(dataDir, CACHE_FILE_NAME), 'not a database'.repeat(300));
    const core = startCore(dataDir);
    const watcher = served(core);
    const quiet = served(core, { events: false });
    const events: unknown[] = [];
    const silent: unknown[] = [];
    watcher.remote.onEvent((event, payload) => events.push({ event, payload }));
    quiet.remote.onEvent((event, payload) => silent.push({ event, payload }));
    expect(await quiet.remote.call('cache.rebuild', {})).toMatchObject({ ok: true });
    await expect
      .poll(() => events)
      .toContainEqual({ event: 'records.changed', payload: { entity: 'operation', ids: null, source: 'reset' } });
    expect(silent).toEqual([]);
  });

  it('answers a small call while a long export runs: answers come as they finish, not as they were asked', async () => {
    const dataDir = tempDir();
    const cache = createCache(path.join(dataDir, CACHE_FILE_NAME));
    seedOperations(cache.operations, { seed: 3, count: 20_000, until: Date.UTC(2026, 10, 26) });
    cache.close();
    const { remote } = served(startCore(dataDir));
    const order: string[] = [];
    const exported = remote.call('operations.exportCsv', { filter: {} }).then((result) => {
      order.push('export');
      return result;
    });
    const small = remote.call('app.info', {}).then(() => order.push('app.info'));
    await Promise.all([exported, small]);
    expect(order).toEqual(['app.info', 'export']);
    expect(await exported).toMatchObject({ ok: true, value: { rows: 20_000 } });
  });

  it('answers malformed messages with an error, drops those without an id, and keeps serving', async () => {
    const { port, remote, logged } = served(startCore());
    const raw = (message: unknown) => {
      const answer = nextMessage(port);
      port.postMessage(message);
      return answer;
    };
    expect(await raw({ id: 1, kind: 'format' })).toEqual({ id: 1, error: 'malformed' });
    expect(await raw({ id: 2, kind: 'call', method: 'app.info', input: {}, extra: true })).toEqual({ id: 2, error: 'malformed' });
    expect(await raw({ id: 3, kind: 'call', method: 'x'.repeat(65), input: {} })).toEqual({ id: 3, error: 'malformed' });
    expect(await raw({ id: 4, kind: 'tile', path: 7, acceptsGzip: true })).toEqual({ id: 4, error: 'malformed' });
    for (const message of ['garbage', null, { kind: 'call', method: 'app.info', input: {} }, { id: -1, kind: 'close' }])
      port.postMessage(message);
    await expect.poll(() => logged.length).toBe(4);
    expect(new Set(logged)).toEqual(new Set(['dropped a malformed message on a console core port']));
    expect(await remote.call('app.info', {})).toMatchObject({ ok: true });
  });

  it('lets a page’s port make ConsoleApi calls only', async () => {
    const core = startCore();
    const { remote } = served(core, { access: 'page' });
    expect(await remote.call('cache.status', {})).toMatchObject({ ok: true });
    expect(await remote.tile('0/0/0.pbf', { acceptsGzip: true })).toEqual(TILES_UNAVAILABLE); // refused: its `failed` answer
    expect(await remote.takeExport('A'.repeat(32))).toBeNull();
    await remote.close(); // refused too: the core is still open
    const other = served(core);
    expect(await other.remote.call('app.info', {})).toMatchObject({ ok: true });
  });

  it('answers every waiting request when the port closes, and every later one at once', async () => {
    const channel = new MessageChannel(); // nothing serves port2: requests wait until it closes
    const remote = remoteCore(nodePort(channel.port1));
    const waiting = [
      remote.call('app.info', {}),
      remote.imageOrigins(),
      remote.takeExport('t'),
      remote.tile('0/0/0.pbf', { acceptsGzip: false }),
    ];
    channel.port2.close();
    const lost: ApiResult<never> = { ok: false, error: { code: 'connection_lost' } };
    expect(await Promise.all(waiting)).toEqual([lost, [], null, TILES_UNAVAILABLE]);
    expect(await remote.call('app.info', {})).toEqual(lost);
    await expect(remote.hubSettled()).resolves.toBeUndefined();
    await expect(remote.close()).resolves.toBeUndefined();
  });

  it('stops forwarding events once a client’s port closes (no listener left behind)', async () => {
    const core = startCore();
    let listening = 0;
    const counted: ConsoleCore = {
      ...core,
      onEvent(listener) {
        listening++;
        const stop = core.onEvent(listener);
        return () => {
          listening--;
          stop();
        };
      },
    };
    const { port, remote } = served(counted);
    expect(await remote.call('app.info', {})).toMatchObject({ ok: true });
    expect(listening).toBe(1);
    port.close();
    await expect.poll(() => listening).toBe(0);
  });

  it('closes the core on the host’s request', async () => {
    const { remote } = served(startCore());
    await remote.close();
    expect(await remote.call('app.info', {})).toEqual({ ok: false, error: { code: 'connection_lost' } });
  });
});
