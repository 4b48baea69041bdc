// What a transport offers the renderer: window.consoleApi in Electron (built by the preload),
// a WebSocket client in browser mode. Untyped on purpose — the typed layer is createApiClient.
import type { ApiResult } from './result.ts';

export interface ConsoleApiBridge {
  call(method: string, input: unknown): Promise<ApiResult<unknown>>;
  subscribe(event: string, listener: (payload: unknown) => void): () => void;
}
