// Which files a restore takes for a hub store, from their schema_migrations rows alone.
import { describe, expect, it } from 'vitest';
import { storeIdentity, type RecordedMigration, type StoreIdentity } from './store-identity.ts';

const MIGRATIONS = [
  { version: 1, name: 'accounts', up: '' },
  { version: 2, name: 'units', up: '' },
  { version: 3, name: 'change_log', up: '' },
];
const rows = (...names: string[]): RecordedMigration[] => names.map((name, i) => ({ version: i + 1, name }));

describe('storeIdentity', () => {
  it.each<[string, RecordedMigration[], StoreIdentity]>([
    ['this version', rows('accounts', 'units', 'change_log'), { kind: 'hub', version: 3 }],
    ['an older one (migrated when the hub starts)', rows('accounts'), { kind: 'hub', version: 1 }],
    ['rows in any order', [...rows('accounts', 'units')].reverse(), { kind: 'hub', version: 2 }],
    ['a newer one', [...rows('accounts', 'units', 'change_log'), { version: 4, name: 'later' }], { kind: 'too_new', version: 4 }],
    ["a console's cache (other names)", rows('operations', 'prefs_and_meta'), { kind: 'foreign' }],
    ['one name off', rows('accounts', 'unit'), { kind: 'foreign' }],
    ['no migrations at all', [], { kind: 'foreign' }],
  ])('%s', (_, recorded, identity) => {
    expect(storeIdentity(recorded, MIGRATIONS)).toEqual(identity);
  });
});
