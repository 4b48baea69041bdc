// Runs in: Electron main. Forks the console core's utility process (core-process.ts) and connects to it over
// MessagePorts: one for main's own needs (the app:// protocol's tiles, export downloads and CSP image origins; closing
// the core), and one per page load, handed to the page by ipc.ts. Main never runs the core's work itself, so the
// window's process stays free. If the process ends, main's waiting requests are answered at once (remote-core.ts)
// and a page that asks later gets a port whose other end is already closed: its calls answer connection_lost.
import { MessageChannelMain, utilityProcess, type MessagePortMain, type WebFrameMain } from 'electron';
import type { CoreSpec } from '../core/remote/core-spec.ts';
import { remoteCore, type RemoteCore } from '../core/remote/remote-core.ts';
import { IPC_PORT } from '../shared/api/ipc-channels.ts';
import { mainPort } from './electron-port.ts';
import type { CoreProcessMessage } from './serve-core-process.ts';

export interface CoreProcess {
  readonly core: RemoteCore;
  /** Gives `frame` (already checked to be the app's own page) a new port to the core. */
  connectPage(frame: Pick<WebFrameMain, 'postMessage'>): void;
}

export function startCoreProcess(modulePath: string, spec: CoreSpec, log: (message: string) => void): CoreProcess {
  const child = utilityProcess.fork(modulePath, [], { serviceName: 'Convivencia core', stdio: 'inherit' });
  let exited = false;
  child.once('exit', (code) => {
    exited = true;
    log(`the console core process ended (exit code ${code})`);
  });
  const send = (message: CoreProcessMessage, port: MessagePortMain) => child.postMessage(message, [port]);
  const channel = new MessageChannelMain();
  send({ kind: 'start', spec }, channel.port2);
  const port = mainPort(channel.port1);
  const core = remoteCore({
    ...port,
    // The port's close event, or the process's end, whichever comes first.
    onClose: (listener) => {
      let called = false;
      const once = () => {
        if (!called) listener();
        called = true;
      };
      port.onClose(once);
      child.once('exit', once);
    },
  });
  return {
    core: {
      ...core,
      close: async () => {
        await core.close();
        child.kill();
      },
    },
    connectPage(frame) {
      const { port1, port2 } = new MessageChannelMain();
      if (exited) port1.close();
      else send({ kind: 'page' }, port1);
      frame.postMessage(IPC_PORT, null, [port2]);
    },
  };
}
