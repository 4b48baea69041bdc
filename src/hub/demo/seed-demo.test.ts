// The default dated settings at a hub's start: a new hub gets them all; a hub made before an issue added settings
// (Despacho's) gets exactly the entries it lacks — by their place in the append-only list — and keeps what it has.
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from '../../core/test-support/temp-dir.ts';
import type { SettingRecord } from '../../shared/records/setting.ts';
import { settingAt } from '../../shared/settings/dated.ts';
import { DEFAULT_SETTINGS } from '../../shared/settings/defaults.ts';
import { DISPATCH_DEFAULT_SETTINGS } from '../../shared/settings/dispatch-defaults.ts';
import { openHubStore, type HubStore } from '../store/hub-store.ts';
import { seedDefaultSettings } from './seed-demo.ts';

const idAt = (i: number) => `default-${String(i + 1).padStart(3, '0')}`;
const settingsOf = (store: HubStore) => store.records.all('setting').map((s) => s.entry);

let store: HubStore;
afterEach(() => store?.close());

describe('seeding the default settings', () => {
  it('gives a new hub every default, once', () => {
    store = openHubStore(tempDir());
    expect(seedDefaultSettings(store, 1)).toBe(DEFAULT_SETTINGS.length);
    expect(store.records.all('setting').map((s) => s.id)).toEqual(DEFAULT_SETTINGS.map((_, i) => idAt(i)));
    expect(store.changes.lastSeq()).toBe(DEFAULT_SETTINGS.length);
    expect(seedDefaultSettings(store, 2)).toBe(0);
    expect(store.changes.lastSeq()).toBe(DEFAULT_SETTINGS.length);
  });

  it('adds to a hub from before Despacho only the entries it lacks, as changes consoles receive', () => {
    store = openHubStore(tempDir());
    const before = DEFAULT_SETTINGS.indexOf(DISPATCH_DEFAULT_SETTINGS[0]!);
    const lacking = DEFAULT_SETTINGS.slice(before);
    const administrators: SettingRecord = {
      id: '0190a8c0-0000-7000-8000-000000000009',
      entry: { key: 'roster.limits', value: { minRestHours: 10, maxWeeklyHours: 44 }, effectiveFrom: '2026-01-01' },
      version: 1,
    };
    const oldDefault: SettingRecord = { id: idAt(0), entry: { ...DEFAULT_SETTINGS[0]!, note: 'as seeded then' }, version: 1 };
    store.transaction(() => {
      store.records.save('setting', oldDefault, 1);
      DEFAULT_SETTINGS.slice(1, before).forEach((entry, i) => store.records.save('setting', { id: idAt(i + 1), entry, version: 1 }, 1));
      store.records.save('setting', administrators, 1);
    });
    expect(settingAt(settingsOf(store), 'dispatch.priorities', Date.now())).toBeUndefined();

    expect(seedDefaultSettings(store, 5)).toBe(lacking.length);
    const added = store.changes.since(0, ['setting'], 100).changes;
    expect(added.map((c) => c.id)).toEqual(lacking.map((_, i) => idAt(before + i)));
    expect(added.map((c) => (c.data as SettingRecord).entry)).toEqual(lacking);
    expect(store.records.get('setting', idAt(0))).toEqual(oldDefault);
    expect(store.records.get('setting', administrators.id)).toEqual(administrators);
    expect(settingAt(settingsOf(store), 'dispatch.checkInMinutes', Date.now())).toBe(15);
    expect(store.records.count('setting')).toBe(DEFAULT_SETTINGS.length + 1);
  });
});
