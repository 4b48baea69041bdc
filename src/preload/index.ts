// Sandboxed preload: builds window.consoleApi from the contract's names and nothing else. The page gets two
// functions, never ipcRenderer nor the port: it can call known methods and listen to known event streams. The calls
// travel over a MessagePort straight to the console core's utility process, which main hands to this page once
// per load (only to the app's own origin: src/main/ipc.ts); the core validates every input.
import { contextBridge, ipcRenderer } from 'electron';
import type { ConsoleApiBridge } from '../shared/api/bridge.ts';
import { callCore, createCoreClient } from '../shared/api/core-port.ts';
import { IPC_PORT, IPC_PORT_REQUEST } from '../shared/api/ipc-channels.ts';
import { isEventName, isMethodName } from '../shared/api/names.ts';
import type { ApiResult } from '../shared/api/result.ts';
import { latePort } from './late-port.ts';

const port = latePort();
const core = createCoreClient(port);
ipcRenderer.on(IPC_PORT, (event) => {
  const [received] = event.ports;
  if (received) port.attach(received);
});
ipcRenderer.send(IPC_PORT_REQUEST);

const bridge: ConsoleApiBridge = {
  call(method, input) {
    if (!isMethodName(method)) {
      return Promise.resolve<ApiResult<unknown>>({ ok: false, error: { code: 'unknown_method' } });
    }
    return callCore(core, method, input);
  },
  subscribe(event, listener) {
    if (!isEventName(event)) throw new Error(`unknown ConsoleApi event: ${String(event)}`);
    return core.onEvent((name, payload) => {
      if (name === event) listener(payload);
    });
  },
};

contextBridge.exposeInMainWorld('consoleApi', bridge);
