// Runs in: Electron — main process and the console core's utility process. Electron's MessagePortMain as a CorePort
// (shared/api/core-port.ts). Its messages arrive as {data, ports} events and are queued until start(), which is
// called once a listener is there, so nothing sent before is lost.
import type { MessagePortMain } from 'electron';
import type { CorePort } from '../shared/api/core-port.ts';

export function mainPort(port: MessagePortMain): CorePort {
  return {
    post: (message) => port.postMessage(message),
    onMessage: (listener) => {
      port.on('message', (event) => listener(event.data));
      port.start();
    },
    onClose: (listener) => port.once('close', listener),
    close: () => port.close(),
  };
}
