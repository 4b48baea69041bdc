// Runs in: Node. What every domain's handlers may use.
import type { EventPayload } from '../shared/api/contract.ts';
import type { EventName } from '../shared/api/names.ts';
import type { BasemapService } from './basemap/basemap-service.ts';
import type { CacheSession } from './cache/cache-session.ts';
import type { ExportDownloads } from './export/downloads.ts';
import type { HubSession } from './hub-session/hub-session.ts';
import type { SyncService } from './sync/sync-service.ts';
import type { UnitMirror } from './dispatch/unit-mirror.ts';

export interface CoreContext {
  readonly version: string;
  readonly host: 'desktop' | 'browser';
  readonly dataDir: string;
  readonly timeZone: string;
  readonly session: CacheSession;
  readonly sync: SyncService;
  readonly hubSession: HubSession;
  /** Finished exports the host may serve once (browser mode: GET /exports/<token>). */
  readonly exports: ExportDownloads;
  /** The map's vector basemap (the hosts serve its tiles at TILES_PATH). */
  readonly basemap: BasemapService;
  /** Units and their latest positions in memory, following the events emitted here (Despacho's recommendation). */
  readonly unitMirror: UnitMirror;
  emit<E extends EventName>(event: E, payload: EventPayload<E>): void;
}
