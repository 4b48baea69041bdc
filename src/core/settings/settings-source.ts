// Runs in: Node. The dated settings the console judges by: the hub's entries once it has them, else (no hub, or
// before the first sync) the defaults every hub is seeded with.
import type { SettingEntry } from '../../shared/settings/dated.ts';
import { DEFAULT_SETTINGS } from '../../shared/settings/defaults.ts';
import type { Cache } from '../cache/cache.ts';

export function settingsOf(cache: Cache): readonly SettingEntry[] {
  const records = cache.records.list('setting');
  return records.length ? records.map((record) => record.entry) : DEFAULT_SETTINGS;
}
