// ipc.ts runs only inside Electron; here 'electron' is replaced by a stand-in (the real package would try to
// download the binary) so the sender check and event forwarding can be checked under Node.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { EventName } from '../shared/api/names.ts';
import type { ApiResult } from '../shared/api/result.ts';

type Handler = (event: unknown, ...args: unknown[]) => unknown;

const electron = vi.hoisted(() => ({
  handlers: new Map<string, Handler>(),
  windows: [] as { webContents: { isDestroyed: () => boolean; getURL: () => string; send: ReturnType<typeof vi.fn> } }[],
}));

vi.mock('electron', () => ({
  ipcMain: {
    handle: (channel: string, handler: Handler) => electron.handlers.set(channel, handler),
    removeHandler: (channel: string) => electron.handlers.delete(channel),
  },
  BrowserWindow: { getAllWindows: () => electron.windows },
}));

const { exposeConsoleApi } = await import('./ipc.ts');

function fakeCore() {
  let emit: ((event: EventName, payload: unknown) => void) | undefined;
  const stop = vi.fn();
  return {
    core: {
      dispatch: vi.fn(async (): Promise<ApiResult<unknown>> => ({ ok: true, value: 42 })),
      onEvent: (listener: (event: EventName, payload: unknown) => void) => {
        emit = listener;
        return stop;
      },
      imageOrigins: () => [],
      takeExport: () => null,
      basemap: { tile: () => null },
      hubSettled: vi.fn(async () => {}),
      close: vi.fn(),
    },
    emit: (event: EventName, payload: unknown) => emit?.(event, payload),
    stop,
  };
}

function fakeWindow(url: string, destroyed = false) {
  return { webContents: { isDestroyed: () => destroyed, getURL: () => url, send: vi.fn() } };
}

const call = (senderFrame: { url: string } | null, method: unknown, input: unknown) =>
  electron.handlers.get('console:call')?.({ senderFrame }, method, input);

beforeEach(() => {
  electron.handlers.clear();
  electron.windows.length = 0;
});

describe('exposeConsoleApi', () => {
  it('dispatches calls from the app origin to the core', async () => {
    const { core } = fakeCore();
    exposeConsoleApi(core);
    await expect(call({ url: 'app://console/index.html' }, 'app.info', {})).resolves.toEqual({ ok: true, value: 42 });
    expect(core.dispatch).toHaveBeenCalledWith('app.info', {});
  });

  it('refuses calls from any other origin or from a vanished frame, before the core sees them', async () => {
    const { core } = fakeCore();
    exposeConsoleApi(core);
    const forbidden = { ok: false, error: { code: 'forbidden' } };
    expect(await call({ url: 'https://evil.example/' }, 'app.info', {})).toEqual(forbidden);
    expect(await call({ url: 'file:///tmp/index.html' }, 'app.info', {})).toEqual(forbidden);
    expect(await call(null, 'app.info', {})).toEqual(forbidden);
    expect(core.dispatch).not.toHaveBeenCalled();
  });

  it('forwards core events only to windows showing the console', () => {
    const { core, emit } = fakeCore();
    const consoleWindow = fakeWindow('app://console/index.html');
    const foreignWindow = fakeWindow('https://evil.example/');
    const closedWindow = fakeWindow('app://console/index.html', true);
    electron.windows.push(consoleWindow, foreignWindow, closedWindow);
    exposeConsoleApi(core);
    emit('records.changed', { entity: 'operation', ids: null, source: 'reset' });
    expect(consoleWindow.webContents.send).toHaveBeenCalledWith('console:event', 'records.changed', {
      entity: 'operation',
      ids: null,
      source: 'reset',
    });
    expect(foreignWindow.webContents.send).not.toHaveBeenCalled();
    expect(closedWindow.webContents.send).not.toHaveBeenCalled();
  });

  it('takes the API off IPC and stops the event stream when undone', () => {
    const { core, stop } = fakeCore();
    const unexpose = exposeConsoleApi(core);
    unexpose();
    expect(electron.handlers.has('console:call')).toBe(false);
    expect(stop).toHaveBeenCalled();
  });
});
