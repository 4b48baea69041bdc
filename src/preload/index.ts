// Sandboxed preload: builds window.consoleApi from the contract's names and nothing else. The page gets two
// functions, never ipcRenderer: it can call known methods and listen to known event streams, and the main
// process still checks the sender and validates every input.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { ConsoleApiBridge } from '../shared/api/bridge.ts';
import { isEventName, isMethodName } from '../shared/api/names.ts';
import type { ApiResult } from '../shared/api/result.ts';
import { IPC_CALL, IPC_EVENT } from '../shared/api/ipc-channels.ts';

const bridge: ConsoleApiBridge = {
  call(method, input) {
    if (!isMethodName(method)) {
      return Promise.resolve<ApiResult<unknown>>({ ok: false, error: { code: 'unknown_method' } });
    }
    return ipcRenderer.invoke(IPC_CALL, method, input) as Promise<ApiResult<unknown>>;
  },
  subscribe(event, listener) {
    if (!isEventName(event)) throw new Error(`unknown ConsoleApi event: ${String(event)}`);
    // The IPC event object is not passed on: it carries a reference to ipcRenderer.
    const onEvent = (_ipcEvent: IpcRendererEvent, name: unknown, payload: unknown) => {
      if (name === event) listener(payload);
    };
    ipcRenderer.on(IPC_EVENT, onEvent);
    return () => {
      ipcRenderer.removeListener(IPC_EVENT, onEvent);
    };
  },
};

contextBridge.exposeInMainWorld('consoleApi', bridge);
