// Runs in: Electron, the console core's utility process (entry: core-process.ts). What the process does with the
// ports main sends it on its parent port:
//
//   {kind: 'start', spec} + port   build the core from the spec (core/remote/core-spec.ts) and serve main on the
//                                  port: ConsoleApi calls, tiles, exports, the CSP's origins, close — no events
//   {kind: 'page'} + port          serve one page (a window load) on the port: ConsoleApi calls and events only
//
// Anything else — a second start, a page before the start, a message without a port — is refused (the port, if
// any, is closed) with a log line. Written against the parent port's shape so it is tested under Node.
import type { MessagePortMain } from 'electron';
import type { ConsoleCore } from '../core/console-core.ts';
import { coreFromSpec, type CoreSpec, type EmbeddedHubFactory } from '../core/remote/core-spec.ts';
import { serveCore } from '../core/remote/serve-core.ts';
import { mainPort } from './electron-port.ts';

/** What main sends the core's process (with one port each). */
export type CoreProcessMessage = { readonly kind: 'start'; readonly spec: CoreSpec } | { readonly kind: 'page' };

/** The part of Electron's process.parentPort used here. */
export interface ParentPortLike {
  on(event: 'message', listener: (event: { data: unknown; ports: MessagePortMain[] }) => void): unknown;
}

export function serveCoreProcess(
  parent: ParentPortLike,
  startEmbeddedHub: EmbeddedHubFactory,
  log: (message: string, err?: unknown) => void,
): void {
  let core: ConsoleCore | null = null;
  parent.on('message', ({ data, ports }) => {
    const message = data as Partial<CoreProcessMessage> | null;
    const [port] = ports;
    if (port && message?.kind === 'start' && message.spec && !core) {
      core = coreFromSpec(message.spec, startEmbeddedHub);
      serveCore(core, mainPort(port), { access: 'host', events: false, log });
    } else if (port && message?.kind === 'page' && core) {
      serveCore(core, mainPort(port), { access: 'page', events: true, log });
    } else {
      log('the console core process refused a message from main');
      for (const refused of ports) refused.close();
    }
  });
}
