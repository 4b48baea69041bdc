// The desktop wiring under Node: main's side (start-core-process.ts) and the utility process's side
// (serve-core-process.ts) with a real console core on a temp folder between them. 'electron' is replaced by a
// stand-in: utilityProcess.fork runs the process's side in this thread, and MessageChannelMain is Node's
// MessageChannel behind MessagePortMain's shape ({data, ports} events, queued until start()).
import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import path from 'node:path';
import { MessageChannel, type MessagePort } from 'node:worker_threads';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CACHE_FILE_NAME } from '../core/cache/cache-session.ts';
import type { CoreSpec } from '../core/remote/core-spec.ts';
import { nodePort } from '../core/remote/node-port.ts';
import { remoteCore } from '../core/remote/remote-core.ts';
import { tempDir } from '../core/test-support/temp-dir.ts';
import type { ParentPortLike } from './serve-core-process.ts';

/** Electron's MessagePortMain over one end of a Node MessageChannel. */
class PortMain extends EventEmitter {
  private started = false;
  constructor(readonly node: MessagePort) {
    super();
    node.once('close', () => this.emit('close'));
  }
  postMessage(message: unknown): void {
    this.node.postMessage(message);
  }
  start(): void {
    if (!this.started) this.node.on('message', (data) => this.emit('message', { data, ports: [] }));
    this.started = true;
  }
  close(): void {
    this.node.close();
  }
}

const electron = vi.hoisted(() => ({
  fork: (() => {
    throw new Error('no fork set');
  }) as (modulePath: string, args: string[], options: { serviceName?: string }) => unknown,
}));

vi.mock('electron', () => ({
  utilityProcess: {
    fork: (modulePath: string, args: string[], options: { serviceName?: string }) => electron.fork(modulePath, args, options),
  },
  MessageChannelMain: class {
    readonly port1: PortMain;
    readonly port2: PortMain;
    constructor() {
      const { port1, port2 } = new MessageChannel();
      [this.port1, this.port2] = [new PortMain(port1), new PortMain(port2)];
    }
  },
}));

const { startCoreProcess } = await import('./start-core-process.ts');
const { serveCoreProcess } = await import('./serve-core-process.ts');

/** A "utility process" in this thread: its parent port feeds serveCoreProcess. */
function fakeChild(logged: string[]) {
  const parent = new EventEmitter();
  serveCoreProcess(
    parent as unknown as ParentPortLike,
    () => Promise.reject(new Error('no embedded hub here')),
    (message) => logged.push(message),
  );
  const child = Object.assign(new EventEmitter(), {
    postMessage: (data: unknown, ports: PortMain[]) => parent.emit('message', { data, ports }),
    kill: vi.fn(() => child.emit('exit', 0)),
  });
  return { child, parent };
}

const started: { close(): Promise<void> }[] = [];
afterEach(async () => {
  for (const core of started.splice(0)) await core.close();
});

function start(spec: Partial<CoreSpec> = {}) {
  const logged: string[] = [];
  const { child, parent } = fakeChild(logged);
  const fork = vi.fn(() => child);
  electron.fork = fork;
  const process = startCoreProcess(
    '/out/main/core-process.js',
    { dataDir: tempDir(), host: 'desktop', version: 't', demo: false, hub: null, quiet: true, ...spec },
    () => {},
  );
  started.push(process.core);
  /** What a page load gets: the port main sent the frame, as a Node MessagePort. */
  const page = () => {
    const frame = { postMessage: vi.fn() };
    process.connectPage(frame);
    const [channel, message, ports] = frame.postMessage.mock.calls[0] as [string, unknown, PortMain[]];
    expect([channel, message, ports.length]).toEqual(['console:port', null, 1]);
    return remoteCore(nodePort(ports[0]!.node));
  };
  return { ...process, child, parent, fork, logged, page };
}

describe('the console core in a utility process', () => {
  it('forks the core process and serves main over its own port', async () => {
    const { core, fork } = start();
    expect(fork).toHaveBeenCalledWith('/out/main/core-process.js', [], expect.objectContaining({ serviceName: 'Convivencia core' }));
    expect(await core.call('app.info', {})).toMatchObject({ ok: true, value: { host: 'desktop', version: 't' } });
    expect(await core.imageOrigins()).toEqual([]);
    expect(await core.takeExport('A'.repeat(32))).toBeNull();
    expect((await core.tile('../../etc/passwd', { acceptsGzip: false })).status).toBe(404);
  });

  it('gives each page load its own port: calls and events, nothing else', async () => {
    // A core whose cache file is corrupt starts unavailable; rebuilding it says every kind was replaced.
    const dataDir = tempDir();
    fs.writeFileSync(path.join(dataDir, CACHE_FILE_NAME), 'not a database'.repeat(300));
    const { core, page } = start({ dataDir });
    const [first, second] = [page(), page()];
    const seen: unknown[] = [];
    const mainSaw: unknown[] = [];
    second.onEvent((event, payload) => seen.push({ event, payload }));
    core.onEvent((event) => mainSaw.push(event));
    expect(await first.call('cache.rebuild', {})).toMatchObject({ ok: true });
    await expect
      .poll(() => seen)
      .toContainEqual({ event: 'records.changed', payload: { entity: 'operation', ids: null, source: 'reset' } });
    expect(mainSaw).toEqual([]); // main's own port asked for no events
    expect((await first.tile('0/0/0.pbf', { acceptsGzip: false })).status).toBe(503); // refused to a page
    await first.close(); // refused to a page: the core stays open
    expect(await second.call('app.info', {})).toMatchObject({ ok: true });
  });

  it('answers connection_lost when the process ends, to main and to a page that asks afterwards', async () => {
    const { core, child, page } = start();
    expect(await core.call('app.info', {})).toMatchObject({ ok: true });
    child.emit('exit', 9);
    expect(await core.call('app.info', {})).toEqual({ ok: false, error: { code: 'connection_lost' } });
    expect(await page().call('app.info', {})).toEqual({ ok: false, error: { code: 'connection_lost' } });
  });

  it('closes the core, then ends its process', async () => {
    const { core, child } = start();
    await core.close();
    expect(child.kill).toHaveBeenCalled();
    expect(await core.call('app.info', {})).toEqual({ ok: false, error: { code: 'connection_lost' } });
  });

  it('refuses what main should never send: a page before the start, a second start, a message without a port', () => {
    const logged: string[] = [];
    const { parent } = fakeChild(logged);
    const early = new PortMain(new MessageChannel().port1);
    const closed = vi.spyOn(early, 'close');
    parent.emit('message', { data: { kind: 'page' }, ports: [early] });
    parent.emit('message', { data: { kind: 'start' }, ports: [] });
    parent.emit('message', { data: 'garbage', ports: [] });
    expect(closed).toHaveBeenCalled();
    expect(logged).toEqual(Array(3).fill('the console core process refused a message from main'));
  });
});
