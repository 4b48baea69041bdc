// Runs in: Node, in a host (the browser-mode web host, Electron's main process). The console core as the host
// sees it when the core runs elsewhere — a worker thread, a utility process — reached over one CorePort: the same
// capabilities as ConsoleCore, all asynchronous. When the port closes (the core's thread or process died), every
// waiting and later request is answered at once with what "unavailable" means for it: a ConsoleApi call
// connection_lost, no extra image origins, no export, a 503 tile. A host never waits forever and never has to
// catch.
import { callCore, createCoreClient, type CorePort } from '../../shared/api/core-port.ts';
import type { ApiResult } from '../../shared/api/result.ts';
import type { Dispatch } from '../api/dispatch.ts';
import type { CoreEventListener } from '../console-core.ts';
import type { ExportFile } from '../export/downloads.ts';
import { TILES_UNAVAILABLE, type TileResponse } from '../host/tile-response.ts';

export interface RemoteCore {
  /** A ConsoleApi call, validated by the core's dispatch. */
  readonly call: Dispatch;
  onEvent(listener: CoreEventListener): () => void;
  /** ConsoleCore.imageOrigins: the CSP's extra image origin (the saved map tile source), or none. */
  imageOrigins(): Promise<readonly string[]>;
  /** ConsoleCore.takeExport: a finished export for its one-time token, once; null otherwise. */
  takeExport(token: string): Promise<ExportFile | null>;
  /** The answer to GET TILES_PATH + `path` (core/host/tile-response.ts), built beside the tileset. */
  tile(path: string, options: { readonly acceptsGzip: boolean }): Promise<TileResponse>;
  hubSettled(): Promise<void>;
  /** Closes the core (sync, cache, embedded hub) and then the port. */
  close(): Promise<void>;
}

const UNKNOWN_METHOD: ApiResult<never> = { ok: false, error: { code: 'unknown_method' } };

export function remoteCore(port: CorePort): RemoteCore {
  const client = createCoreClient(port);
  return {
    call: (method, input) => (typeof method === 'string' ? callCore(client, method, input) : Promise.resolve(UNKNOWN_METHOD)),
    onEvent: (listener) => client.onEvent(listener as (event: string, payload: unknown) => void),
    imageOrigins: () => client.request<readonly string[]>({ kind: 'imageOrigins' }, []),
    takeExport: (token) => client.request<ExportFile | null>({ kind: 'takeExport', token }, null),
    tile: (path, { acceptsGzip }) => client.request({ kind: 'tile', path, acceptsGzip }, TILES_UNAVAILABLE),
    hubSettled: () => client.request({ kind: 'hubSettled' }, undefined),
    close: async () => {
      await client.request({ kind: 'close' }, undefined);
      client.close();
    },
  };
}
