// Runs in: the sandboxed preload. The page's port to the console core as a CorePort (shared/api/core-port.ts). The
// port arrives from main a moment after the preload asked for it, while the page may already be calling: messages
// posted before are kept and sent, in order, once it is attached. One port per page load: a second one is closed.
import type { CorePort } from '../shared/api/core-port.ts';

/** The part of a page's MessagePort used here (the DOM's; Node's MessagePort fits it too, in the tests). */
export interface PagePort {
  postMessage(message: unknown): void;
  addEventListener(type: 'message' | 'close', listener: (event: { readonly data?: unknown }) => void): void;
  start(): void;
  close(): void;
}

export interface LatePort extends CorePort {
  attach(port: PagePort): void;
}

export function latePort(): LatePort {
  let attached: PagePort | null = null;
  const queued: unknown[] = [];
  const onMessage: ((message: unknown) => void)[] = [];
  const onClose: (() => void)[] = [];
  return {
    post: (message) => (attached ? attached.postMessage(message) : queued.push(message)),
    onMessage: (listener) => onMessage.push(listener),
    onClose: (listener) => onClose.push(listener),
    close: () => attached?.close(),
    attach(port) {
      if (attached) return port.close();
      attached = port;
      port.addEventListener('message', (event) => onMessage.forEach((listener) => listener(event.data)));
      port.addEventListener('close', () => onClose.forEach((listener) => listener()));
      port.start();
      for (const message of queued.splice(0)) port.postMessage(message);
    },
  };
}
