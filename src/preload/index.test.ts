// The preload runs only inside Electron; here 'electron' is replaced by a stand-in (the real package would try to
// download the binary) so the bridge's filtering can be checked under Node.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ConsoleApiBridge } from '../shared/api/bridge.ts';

type Listener = (event: unknown, ...args: unknown[]) => void;

const electron = vi.hoisted(() => {
  const listeners = new Map<string, Set<Listener>>();
  return {
    listeners,
    exposed: new Map<string, unknown>(),
    ipcRenderer: {
      invoke: vi.fn(async () => ({ ok: true, value: 'from main' })),
      on: vi.fn((channel: string, listener: Listener) => {
        if (!listeners.has(channel)) listeners.set(channel, new Set());
        listeners.get(channel)?.add(listener);
      }),
      removeListener: vi.fn((channel: string, listener: Listener) => listeners.get(channel)?.delete(listener)),
    },
  };
});

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => electron.exposed.set(key, api) },
  ipcRenderer: electron.ipcRenderer,
}));

function emit(name: string, payload: unknown): void {
  for (const listener of electron.listeners.get('console:event') ?? []) listener({ sender: 'ipcRenderer' }, name, payload);
}

let api: ConsoleApiBridge;

beforeEach(async () => {
  vi.resetModules();
  electron.exposed.clear();
  electron.listeners.clear();
  vi.clearAllMocks();
  await import('./index.ts');
  api = electron.exposed.get('consoleApi') as ConsoleApiBridge;
});

describe('preload bridge', () => {
  it('exposes only call and subscribe as window.consoleApi', () => {
    expect([...electron.exposed.keys()]).toEqual(['consoleApi']);
    expect(Object.keys(api).sort()).toEqual(['call', 'subscribe']);
  });

  it('forwards known methods to the main process', async () => {
    await expect(api.call('operations.page', { limit: 10 })).resolves.toEqual({ ok: true, value: 'from main' });
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledWith('console:call', 'operations.page', { limit: 10 });
  });

  it('answers unknown methods itself, without IPC', async () => {
    await expect(api.call('fs.readFile', '/etc/passwd')).resolves.toEqual({
      ok: false,
      error: { code: 'unknown_method' },
    });
    expect(electron.ipcRenderer.invoke).not.toHaveBeenCalled();
  });

  it('delivers only the subscribed event, without the IPC event object', () => {
    const listener = vi.fn();
    api.subscribe('records.changed', listener);
    emit('something.else', { x: 1 });
    emit('records.changed', { entity: 'operation', ids: null, source: 'reset' });
    expect(listener).toHaveBeenCalledTimes(1);
    expect(listener).toHaveBeenCalledWith({ entity: 'operation', ids: null, source: 'reset' });
  });

  it('stops delivering after unsubscribe', () => {
    const listener = vi.fn();
    const unsubscribe = api.subscribe('records.changed', listener);
    unsubscribe();
    emit('records.changed', { entity: 'operation', ids: null, source: 'reset' });
    expect(listener).not.toHaveBeenCalled();
    expect(electron.listeners.get('console:event')?.size).toBe(0);
  });

  it('refuses to subscribe to unknown event streams', () => {
    expect(() => api.subscribe('ipc.anything', () => {})).toThrow(/unknown ConsoleApi event/);
    expect(electron.ipcRenderer.on).not.toHaveBeenCalled();
  });
});
