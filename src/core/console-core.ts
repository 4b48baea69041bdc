// Runs in: Node — inside Electron's main process (desktop) or the web host (browser mode). Never imports
// electron. Assembles the cache session, the handler table and the event fan-out behind one dispatch.
import type { EventName } from '../shared/api/names.ts';
import { CORDOBA_TZ } from '../shared/time/cordoba.ts';
import { createDispatch, type Dispatch } from './api/dispatch.ts';
import { BasemapService } from './basemap/basemap-service.ts';
import { sourceTreeDemoBasemapFile } from './basemap/demo-file.ts';
import type { Cache } from './cache/cache.ts';
import { CacheSession } from './cache/cache-session.ts';
import type { CoreContext } from './core-context.ts';
import { ExportDownloads, type ExportFile } from './export/downloads.ts';
import { createHandlers } from './handlers.ts';
import type { TileSource } from './host/tile-response.ts';
import { HubSession, type EmbeddedHubStarter, type HubFlag } from './hub-session/hub-session.ts';
import { seedDemoOnce } from './seed/demo.ts';
import { savedTileOrigins } from './prefs/tile-source.ts';
import { SyncService, type HubConfig } from './sync/sync-service.ts';
import { UnitMirror } from './dispatch/unit-mirror.ts';

export interface ConsoleCoreOptions {
  readonly dataDir: string;
  readonly host: 'desktop' | 'browser';
  readonly version: string;
  readonly nativeBinding?: string;
  /** With no hub (flag 'off'): seed the demo data set into an empty, never-seeded cache (default true). */
  readonly demo?: boolean;
  /**
   * A hub fixed for this run, as a command-line flag would (the settings screen cannot change it): a hub and
   * credentials, or null for none. Shorthand for hubFlag.
   */
  readonly hub?: HubConfig | null;
  /** The command-line choice of hub for this run (--hub / --no-hub); absent: the choice saved in the settings. */
  readonly hubFlag?: HubFlag;
  /** Starts the host's embedded demo hub (and simulator) when the console follows it; absent: not offered. */
  readonly embeddedHub?: EmbeddedHubStarter;
  /** The demo vector tileset (MBTiles); absent: resources/basemap/cordoba-demo.mbtiles of the source tree. */
  readonly basemapDemoFile?: string;
  readonly log?: (message: string, err?: unknown) => void;
}

export type CoreEventListener = (event: EventName, payload: unknown) => void;

export interface ConsoleCore {
  readonly dispatch: Dispatch;
  onEvent(listener: CoreEventListener): () => void;
  /**
   * Image origins the renderer's CSP allows besides its own: the saved map tile source's, or none. Asked by the
   * hosts at each response; a cache that cannot be read adds nothing.
   */
  imageOrigins(): readonly string[];
  /** A finished export for its one-time download token (operations.exportCsv), once; null otherwise. */
  takeExport(token: string): ExportFile | null;
  /** The map's vector tiles, for the hosts' TILES_PATH route (core/host/tile-response.ts). */
  readonly basemap: TileSource;
  /** Resolves once the hub choices asked for so far are applied (e.g. the embedded hub has started). */
  hubSettled(): Promise<void>;
  /** Stops the sync and closes the cache at once; the promise resolves when the embedded hub (if any) stopped. */
  close(): Promise<void>;
}

function flagOf(options: ConsoleCoreOptions): HubFlag | undefined {
  if (options.hubFlag) return options.hubFlag;
  if (options.hub === null) return { kind: 'off' };
  if (options.hub) return { kind: 'remote', url: options.hub.url, ...options.hub.credentials };
  return undefined;
}

export function createConsoleCore(options: ConsoleCoreOptions): ConsoleCore {
  const log = options.log ?? ((message, err) => console.error(message, err ?? ''));
  const listeners = new Set<CoreEventListener>();
  // A console following a hub takes its operations from the hub (the embedded demo hub seeds its own); one
  // told to follow none gets the demo set locally, so that it never starts empty.
  const seedIfNew = (cache: Cache) => {
    if (options.demo !== false && flagOf(options)?.kind === 'off') seedDemoOnce(cache);
  };
  const unitMirror = new UnitMirror();
  const emit: CoreContext['emit'] = (event, payload) => {
    unitMirror.observe(event, payload);
    listeners.forEach((listener) => listener(event, payload));
  };
  // Live sync starts with the first usable cache (at start, or once the user recovered an unusable one); the
  // hub session reads the saved hub choice from it.
  const onOpened = (cache: Cache) => {
    seedIfNew(cache);
    void hubSession.cacheOpened();
  };
  const session = new CacheSession(options.dataDir, { nativeBinding: options.nativeBinding }, onOpened, log);
  const sync = new SyncService(null, session, emit, log);
  const hubSession = new HubSession({ cache: session, sync, emit, log, flag: flagOf(options), embedded: options.embeddedHub });
  const ctx: CoreContext = {
    version: options.version,
    host: options.host,
    dataDir: options.dataDir,
    timeZone: CORDOBA_TZ,
    session,
    sync,
    hubSession,
    emit,
    unitMirror,
    exports: new ExportDownloads(),
    basemap: new BasemapService({
      demoFile: options.basemapDemoFile ?? sourceTreeDemoBasemapFile(),
      session,
      nativeBinding: options.nativeBinding,
      log,
    }),
  };
  session.open();
  return {
    dispatch: createDispatch(createHandlers(ctx), (err) => log('internal error in a ConsoleApi handler', err)),
    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    imageOrigins: () => savedTileOrigins(session),
    takeExport: (token) => ctx.exports.take(token),
    basemap: ctx.basemap,
    hubSettled: () => hubSession.settled(),
    close: () => {
      sync.stop();
      ctx.basemap.close();
      session.close();
      return hubSession.close();
    },
  };
}
