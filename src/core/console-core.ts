// Runs in: Node — inside Electron's main process (desktop) or the web host (browser mode). Never imports
// electron. Assembles the cache session, the handler table and the event fan-out behind one dispatch.
import type { EventName } from '../shared/api/names.ts';
import { CORDOBA_TZ } from '../shared/time/cordoba.ts';
import { createDispatch, type Dispatch } from './api/dispatch.ts';
import type { Cache } from './cache/cache.ts';
import { CacheSession } from './cache/cache-session.ts';
import type { CoreContext } from './core-context.ts';
import { createHandlers } from './handlers.ts';
import { seedDemoOnce } from './seed/demo.ts';
import { SyncService, type HubConfig } from './sync/sync-service.ts';

export interface ConsoleCoreOptions {
  readonly dataDir: string;
  readonly host: 'desktop' | 'browser';
  readonly version: string;
  readonly nativeBinding?: string;
  /** Seed the demo data set into an empty, never-seeded cache (default true). */
  readonly demo?: boolean;
  /** The dispatch hub to follow; none means live data is off (the board shows "no hub configured"). */
  readonly hub?: HubConfig | null;
  readonly log?: (message: string, err?: unknown) => void;
}

export type CoreEventListener = (event: EventName, payload: unknown) => void;

export interface ConsoleCore {
  readonly dispatch: Dispatch;
  onEvent(listener: CoreEventListener): () => void;
  close(): void;
}

export function createConsoleCore(options: ConsoleCoreOptions): ConsoleCore {
  const log = options.log ?? ((message, err) => console.error(message, err ?? ''));
  const listeners = new Set<CoreEventListener>();
  const seedIfNew = (cache: Cache) => {
    if (options.demo !== false) seedDemoOnce(cache);
  };
  const emit: CoreContext['emit'] = (event, payload) => listeners.forEach((listener) => listener(event, payload));
  // Live sync starts with the first usable cache (at start, or once the user recovered an unusable one).
  const onOpened = (cache: Cache) => {
    seedIfNew(cache);
    sync.start();
  };
  const session = new CacheSession(options.dataDir, { nativeBinding: options.nativeBinding }, onOpened, log);
  const sync = new SyncService(options.hub ?? null, session, emit, log);
  const ctx: CoreContext = {
    version: options.version,
    host: options.host,
    dataDir: options.dataDir,
    timeZone: CORDOBA_TZ,
    session,
    sync,
    emit,
  };
  session.open();
  return {
    dispatch: createDispatch(createHandlers(ctx), (err) => log('internal error in a ConsoleApi handler', err)),
    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close: () => {
      sync.stop();
      session.close();
    },
  };
}
