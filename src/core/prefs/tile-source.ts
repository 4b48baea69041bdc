// Runs in: Node. The origin of the map's saved online tile source, for the renderer's CSP (both hosts ask at each
// response: see core/host/renderer-asset.ts). Read from the prefs row and checked again, so a row written by
// anything else than the contract still cannot widen the policy.
import { PREF_SCHEMAS } from '../../shared/api/prefs.ts';
import { tileOrigin } from '../../shared/geo/tile-source.ts';
import type { CacheSession } from '../cache/cache-session.ts';

export function savedTileOrigins(session: CacheSession): readonly string[] {
  try {
    const saved = PREF_SCHEMAS['map.tileSource'].safeParse(session.use((cache) => cache.prefs.get('map.tileSource')));
    const origin = saved.success && saved.data ? tileOrigin(saved.data.urlTemplate) : null;
    return origin ? [origin] : [];
  } catch {
    return []; // the cache is unavailable: no tile source, the strict policy
  }
}
