// Runs in: Electron main. Hands the page its MessagePort to the console core (start-core-process.ts): the preload
// asks once per page load, and only a frame of the app's own origin (app://console, trusted-sender.ts) gets one —
// anything else that ends up in a frame (a navigation that slipped through, an injected iframe) gets nothing and
// never reaches the core. The core still validates every call's input against the contract.
import { ipcMain, type IpcMainEvent, type WebFrameMain } from 'electron';
import { IPC_PORT_REQUEST } from '../shared/api/ipc-channels.ts';
import { isTrustedSender } from './trusted-sender.ts';

/** Returns a function that stops handing out ports (on quit, before the core closes). */
export function handOutCorePorts(connectPage: (frame: WebFrameMain) => void, log: (message: string) => void): () => void {
  const onRequest = (event: IpcMainEvent) => {
    const frame = event.senderFrame;
    if (frame && isTrustedSender(frame.url)) connectPage(frame);
    else log('refused a console port to a frame outside app://console');
  };
  ipcMain.on(IPC_PORT_REQUEST, onRequest);
  return () => {
    ipcMain.removeListener(IPC_PORT_REQUEST, onRequest);
  };
}
