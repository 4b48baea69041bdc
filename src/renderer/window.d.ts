// The Electron preload exposes the ConsoleApi bridge as window.consoleApi (contextBridge).
// In browser mode it is absent and the renderer talks to the web host over a WebSocket instead.
import type { ConsoleApiBridge } from '../shared/api/bridge.ts';

declare global {
  interface Window {
    readonly consoleApi?: ConsoleApiBridge;
  }
}

export {};
