// Runs in: Node. The dated settings the console judges by: the hub's entries once it has them, else (no hub, or
// before the first sync) the defaults every hub is seeded with.
import type { SettingEntry } from '../../shared/settings/dated.ts';
import { DEFAULT_SETTINGS } from '../../shared/settings/defaults.ts';
import type { RecordsRepository } from '../records/repository.ts';

export function settingsOf(records: RecordsRepository): readonly SettingEntry[] {
  const entries = records.list('setting');
  return entries.length ? entries.map((record) => record.entry) : DEFAULT_SETTINGS;
}
