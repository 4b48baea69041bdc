// Picks how the renderer reaches the console core: the Electron preload's window.consoleApi when present,
// otherwise the browser-mode WebSocket to the local web host that served this page.
import type { ConsoleApiBridge } from '../../shared/api/bridge.ts';
import { apiSocketUrl, takeBrowserSecret } from './browser-secret.ts';
import { createConnectionStore, type ConnectionStore } from './connection-state.ts';
import { createWsBridge } from './ws-bridge.ts';

export interface Transport {
  readonly bridge: ConsoleApiBridge;
  readonly connection: ConnectionStore;
}

export function openTransport(): Transport {
  if (window.consoleApi) {
    // IPC to the main process cannot drop the way a socket can.
    return { bridge: window.consoleApi, connection: createConnectionStore('connected') };
  }
  const secret = takeBrowserSecret({
    location: window.location,
    storage: window.sessionStorage,
    replaceUrl: (url) => window.history.replaceState(window.history.state, '', url),
  });
  const bridge = createWsBridge({ url: apiSocketUrl(window.location, secret) });
  return { bridge, connection: bridge.connection };
}
