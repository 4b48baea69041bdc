// Runs in: Node. Where the city basemap file an administrator chose is kept: one row of the cache's prefs table,
// under a key that is deliberately not in PREF_SCHEMAS, so prefs.get / prefs.set cannot reach it — only
// map.basemap.set (administrators) writes it, after the file was opened and checked.
import { BASEMAP_FILE_MAX_LENGTH } from '../../shared/geo/basemap-info.ts';
import type { PrefsRepository } from '../prefs/repository.ts';

export const CITY_FILE_PREF_KEY = 'map.basemap.cityFile';

/** The saved path, or null (none saved, or a value that is not a usable path: the demo tileset then). */
export function readCityFile(prefs: PrefsRepository): string | null {
  const value = prefs.get(CITY_FILE_PREF_KEY);
  return typeof value === 'string' && value.length > 0 && value.length <= BASEMAP_FILE_MAX_LENGTH ? value : null;
}

export function saveCityFile(prefs: PrefsRepository, file: string | null): void {
  prefs.set(CITY_FILE_PREF_KEY, file);
}
