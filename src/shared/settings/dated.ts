// Dated settings: each change is an entry with the date it takes effect, so a record is judged by the rules that
// were in force when it happened, not by today's. Entries are never edited in place: a new value is a new entry.
import { cordobaIsoDate } from '../time/cordoba.ts';
import type { SettingKey, SettingValue, SettingValues } from './catalogue.ts';
import type { IsoDate } from './iso-date.ts';

/** One dated value; effectiveFrom is a Córdoba calendar day (the value applies from its first instant). */
export type SettingEntry = {
  [K in SettingKey]: { readonly key: K; readonly value: SettingValue<K>; readonly effectiveFrom: IsoDate; readonly note?: string };
}[SettingKey];

/**
 * The value of `key` in force at `instant` (epoch ms): the entry with the latest effectiveFrom on or before the
 * instant's Córdoba date. Of two entries for the same day the later one in the list wins (a correction).
 * undefined when nothing was in force yet (e.g. the UEM value before the first known one).
 */
export function settingAt<K extends SettingKey>(entries: readonly SettingEntry[], key: K, instant: number): SettingValue<K> | undefined {
  return settingOnDay(entries, key, cordobaIsoDate(instant));
}

/** The value of `key` in force on a Córdoba day (settingAt for a day the law names: a notification, a hearing). */
export function settingOnDay<K extends SettingKey>(entries: readonly SettingEntry[], key: K, day: IsoDate): SettingValue<K> | undefined {
  let best: SettingEntry | undefined;
  for (const e of entries) {
    if (e.key !== key || e.effectiveFrom > day) continue;
    if (!best || e.effectiveFrom >= best.effectiveFrom) best = e;
  }
  return best?.value as SettingValue<K> | undefined;
}

export type SettingsAt<K extends SettingKey> =
  { readonly ok: true; readonly values: Pick<SettingValues, K> } | { readonly ok: false; readonly missing: readonly K[] };

/** The values of several keys at one instant, or the keys that had no value then (a rule cannot run without them). */
export function settingsAt<K extends SettingKey>(entries: readonly SettingEntry[], keys: readonly K[], instant: number): SettingsAt<K> {
  const values: Partial<Record<K, unknown>> = {};
  const missing: K[] = [];
  for (const key of keys) {
    const value = settingAt(entries, key, instant);
    if (value === undefined) missing.push(key);
    else values[key] = value;
  }
  return missing.length ? { ok: false, missing } : { ok: true, values: values as Pick<SettingValues, K> };
}
