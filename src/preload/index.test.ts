// The preload runs only inside Electron; here 'electron' is replaced by a stand-in (the real package would try to
// download the binary) and the port main hands the page is one end of a Node MessageChannel, whose other end plays
// the console core's process with the shared port protocol (shared/api/core-port.ts): canned answers, events.
import { MessageChannel, type MessagePort } from 'node:worker_threads';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ConsoleApiBridge } from '../shared/api/bridge.ts';
import type { CoreRequest } from '../shared/api/core-port.ts';

type Listener = (event: { ports: MessagePort[] }) => void;

const electron = vi.hoisted(() => ({
  listeners: new Map<string, Set<Listener>>(),
  exposed: new Map<string, unknown>(),
  sent: [] as string[],
}));

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => electron.exposed.set(key, api) },
  ipcRenderer: {
    on: (channel: string, listener: Listener) =>
      electron.listeners.set(channel, (electron.listeners.get(channel) ?? new Set()).add(listener)),
    send: (channel: string) => electron.sent.push(channel),
  },
}));

/** Main handing the page its port. */
function handPort(port: MessagePort): void {
  for (const listener of electron.listeners.get('console:port') ?? []) listener({ ports: [port] });
}

/** The core's end: records requests, answers calls with their method's name (a slow one late), posts events. */
function fakeCore(core: MessagePort) {
  const requests: CoreRequest[] = [];
  core.on('message', (request: CoreRequest) => {
    requests.push(request);
    if (request.kind !== 'call') return;
    const answer = () => core.postMessage({ id: request.id, value: { ok: true, value: request.method } });
    if (request.method === 'operations.exportCsv') setTimeout(answer, 50);
    else answer();
  });
  return { requests, emit: (event: string, payload: unknown) => core.postMessage({ event, payload }) };
}

let api: ConsoleApiBridge;
let channel: MessageChannel;

beforeEach(async () => {
  vi.resetModules();
  electron.listeners.clear();
  electron.exposed.clear();
  electron.sent.length = 0;
  await import('./index.ts');
  api = electron.exposed.get('consoleApi') as ConsoleApiBridge;
  channel = new MessageChannel();
  return () => channel.port2.close();
});

describe('preload bridge', () => {
  it('exposes only call and subscribe as window.consoleApi, and asks main for its port once', () => {
    expect([...electron.exposed.keys()]).toEqual(['consoleApi']);
    expect(Object.keys(api).sort()).toEqual(['call', 'subscribe']);
    expect(electron.sent).toEqual(['console:port-request']);
  });

  it('sends calls made before the port arrived once it does, and answers each as it comes', async () => {
    const core = fakeCore(channel.port2);
    const slow = api.call('operations.exportCsv', { filter: {} });
    const fast = api.call('app.info', {});
    handPort(channel.port1);
    const order: string[] = [];
    await Promise.all([slow.then(() => order.push('export')), fast.then(() => order.push('info'))]);
    expect(order).toEqual(['info', 'export']);
    expect(await fast).toEqual({ ok: true, value: 'app.info' });
    expect(core.requests.map((r) => [r.kind, 'method' in r && r.method])).toEqual([
      ['call', 'operations.exportCsv'],
      ['call', 'app.info'],
    ]);
  });

  it('answers unknown methods itself, without the port', async () => {
    const core = fakeCore(channel.port2);
    handPort(channel.port1);
    expect(await api.call('fs.readFile', '/etc/passwd')).toEqual({ ok: false, error: { code: 'unknown_method' } });
    expect(await api.call('app.info', {})).toMatchObject({ ok: true });
    expect(core.requests).toHaveLength(1);
  });

  it('delivers only the subscribed event, and nothing after unsubscribe', async () => {
    const core = fakeCore(channel.port2);
    handPort(channel.port1);
    const listener = vi.fn();
    const unsubscribe = api.subscribe('records.changed', listener);
    core.emit('something.else', { x: 1 });
    core.emit('records.changed', { entity: 'operation', ids: null, source: 'reset' });
    await expect.poll(() => listener.mock.calls.length).toBe(1);
    expect(listener).toHaveBeenCalledWith({ entity: 'operation', ids: null, source: 'reset' });
    unsubscribe();
    core.emit('records.changed', { entity: 'operation', ids: null, source: 'local' });
    await api.call('app.info', {}); // the event, sent before this answer, has been delivered by now
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('refuses to subscribe to unknown event streams', () => {
    expect(() => api.subscribe('ipc.anything', () => {})).toThrow(/unknown ConsoleApi event/);
  });

  it('answers connection_lost to waiting and later calls when the core’s end closes', async () => {
    handPort(channel.port1);
    const waiting = api.call('app.info', {}); // nothing answers it
    channel.port2.close();
    expect(await waiting).toEqual({ ok: false, error: { code: 'connection_lost' } });
    expect(await api.call('app.info', {})).toEqual({ ok: false, error: { code: 'connection_lost' } });
  });

  it('keeps the first port of a page load and closes any other', async () => {
    const core = fakeCore(channel.port2);
    handPort(channel.port1);
    const intruder = new MessageChannel();
    const closed = new Promise((resolve) => intruder.port2.once('close', resolve));
    handPort(intruder.port1);
    await closed;
    expect(await api.call('app.info', {})).toEqual({ ok: true, value: 'app.info' });
    expect(core.requests).toHaveLength(1);
  });
});
