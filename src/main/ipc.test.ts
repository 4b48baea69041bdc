// ipc.ts runs only inside Electron; here 'electron' is replaced by a stand-in (the real package would try to
// download the binary) so the origin check on handing out core ports can be checked under Node.
import { beforeEach, describe, expect, it, vi } from 'vitest';

type Listener = (event: unknown) => void;

const electron = vi.hoisted(() => ({ listeners: new Map<string, Set<Listener>>() }));

vi.mock('electron', () => ({
  ipcMain: {
    on: (channel: string, listener: Listener) =>
      electron.listeners.set(channel, (electron.listeners.get(channel) ?? new Set()).add(listener)),
    removeListener: (channel: string, listener: Listener) => electron.listeners.get(channel)?.delete(listener),
  },
}));

const { handOutCorePorts } = await import('./ipc.ts');

const ask = (senderFrame: { url: string } | null) => {
  for (const listener of electron.listeners.get('console:port-request') ?? []) listener({ senderFrame });
};

beforeEach(() => electron.listeners.clear());

describe('handOutCorePorts', () => {
  it('connects a frame of the app origin to the core', () => {
    const connect = vi.fn();
    handOutCorePorts(connect, () => {});
    const frame = { url: 'app://console/index.html' };
    ask(frame);
    expect(connect).toHaveBeenCalledExactlyOnceWith(frame);
  });

  it.each([
    ['a foreign origin', { url: 'https://evil.example/' }],
    ['a file', { url: 'file:///tmp/index.html' }],
    ['the app scheme with another host', { url: 'app://evil/index.html' }],
    ['credentials in the URL', { url: 'app://user:pw@console/index.html' }],
    ['a vanished frame', null],
  ])('refuses %s, and says so', (_, frame) => {
    const connect = vi.fn();
    const log = vi.fn();
    handOutCorePorts(connect, log);
    ask(frame);
    expect(connect).not.toHaveBeenCalled();
    expect(log).toHaveBeenCalledWith('refused a console port to a frame outside app://console');
  });

  it('stops handing out ports when undone', () => {
    const connect = vi.fn();
    handOutCorePorts(connect, () => {})();
    ask({ url: 'app://console/index.html' });
    expect(connect).not.toHaveBeenCalled();
    expect(electron.listeners.get('console:port-request')?.size).toBe(0);
  });
});
