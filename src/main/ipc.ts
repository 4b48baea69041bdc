// Puts the console core's ConsoleApi on IPC. The core validates every input against the contract; this file
// only makes sure the caller is our own page and forwards the core's event streams to it.
import { BrowserWindow, ipcMain } from 'electron';
import type { ConsoleCore } from '../core/console-core.ts';
import type { ApiResult } from '../shared/api/result.ts';
import { IPC_CALL, IPC_EVENT } from '../shared/api/ipc-channels.ts';
import { isTrustedSender } from './trusted-sender.ts';

const FORBIDDEN: ApiResult<never> = { ok: false, error: { code: 'forbidden' } };

/** Returns a function that takes the API off IPC again (on quit, before the core closes). */
export function exposeConsoleApi(core: ConsoleCore): () => void {
  ipcMain.handle(IPC_CALL, (event, method: unknown, input: unknown) => {
    if (!isTrustedSender(event.senderFrame?.url)) return FORBIDDEN;
    return core.dispatch(method, input);
  });
  const stopEvents = core.onEvent((name, payload) => {
    for (const window of BrowserWindow.getAllWindows()) {
      const contents = window.webContents;
      if (!contents.isDestroyed() && isTrustedSender(contents.getURL())) contents.send(IPC_EVENT, name, payload);
    }
  });
  return () => {
    stopEvents();
    ipcMain.removeHandler(IPC_CALL);
  };
}
