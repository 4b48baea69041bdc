// Runs in: Node. The dated settings Despacho judges by at an instant — the hub's, or the defaults before the first
// sync. A hub without one of them (made before Despacho and not restarted since) is a refusal that says so, never
// a guess.
import type { SettingKey, SettingValues } from '../../shared/settings/catalogue.ts';
import { settingsAt } from '../../shared/settings/dated.ts';
import { HandlerError } from '../api/dispatch.ts';
import type { Cache } from '../cache/cache.ts';
import { settingsOf } from '../settings/settings-source.ts';

export function rulesAt<K extends SettingKey>(cache: Cache, keys: readonly K[], at: number): Pick<SettingValues, K> {
  const found = settingsAt(settingsOf(cache.records), keys, at);
  if (found.ok) return found.values;
  throw new HandlerError({ code: 'refused', issues: found.missing.map((key) => ({ path: key, code: 'missing_settings' })) });
}
