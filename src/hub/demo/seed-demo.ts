// Runs in: Node. The embedded default's data: on a store without units, `units` demo units with a device token
// each, and — on a store without users — one demo account per role. Creating a unit is a change like any
// other, so the log alone can rebuild the picture from seq 0.
//
// The credentials file is written before the store commits: a crash in between leaves a store without units,
// which the next start seeds again (overwriting the file); never units whose device tokens are lost.
import { DEMO_SEED } from '../../core/seed/demo.ts';
import { generateOperations } from '../../shared/demo/generate-operations.ts';
import { DEFAULT_SETTINGS } from '../../shared/settings/defaults.ts';
import { generatePassword, hashPassword } from '../auth/passwords.ts';
import { newToken, tokenHash } from '../auth/tokens.ts';
import type { HubStore } from '../store/hub-store.ts';
import { writeDemoCredentials, type DemoCredentials } from './demo-credentials.ts';
import { demoFleet } from './demo-fleet.ts';
import { demoRoster } from './demo-roster.ts';
import { DEMO_USERS } from './demo-users.ts';

/** Seeds an empty store; returns false (touching nothing) when the store already has units. */
export async function seedDemo(store: HubStore, dataDir: string, units: number, now: number): Promise<boolean> {
  if (store.records.count('unit') > 0) return false;
  const fleet = demoFleet(units);
  const devices = fleet.map((unit) => ({ unitId: unit.id, callSign: unit.callSign, kind: unit.kind, token: newToken() }));
  const users =
    store.users.count() > 0
      ? []
      : await Promise.all(
          DEMO_USERS.map(async (user) => {
            const password = generatePassword();
            return { ...user, password, secret: await hashPassword(password) };
          }),
        );
  const credentials: DemoCredentials = {
    version: 1,
    hubUrl: null,
    users: users.map(({ username, password, role, displayName }) => ({ username, password, role, displayName })),
    devices,
  };
  writeDemoCredentials(dataDir, credentials);
  store.transaction(() => {
    for (const unit of fleet) {
      store.records.save('unit', unit, now);
      store.changes.append({ at: now, entity: 'unit', id: unit.id, data: unit });
    }
    for (const device of devices) store.devices.add(tokenHash(device.token), device.unitId, now);
    for (const user of users) store.users.add(user, now);
  });
  return true;
}

/**
 * Seeds the demo operations into a hub without operations; returns how many. They are not written to the
 * change log: a console's first sync takes current records page by page ('records'), and the log carries
 * what changes afterwards.
 */
export function seedDemoOperations(store: HubStore, count: number, now: number): number {
  return store.transaction(() => {
    if (store.records.count('operation') > 0) return 0;
    let added = 0;
    for (const operation of generateOperations({ seed: DEMO_SEED, count, until: now })) {
      store.records.save('operation', operation, now);
      added++;
    }
    return added;
  });
}

/**
 * Seeds the demo roster (people and resources) into a hub that has none; returns how many records. They are
 * changes like any other, so consoles that already follow the hub receive them.
 */
export function seedDemoRoster(store: HubStore, now: number): number {
  return store.transaction(() => {
    if (store.records.count('person') > 0) return 0;
    const { people, resources } = demoRoster(now);
    for (const person of people) {
      store.records.save('person', person, now);
      store.changes.append({ at: now, entity: 'person', id: person.id, data: person });
    }
    for (const resource of resources) {
      store.records.save('resource', resource, now);
      store.changes.append({ at: now, entity: 'resource', id: resource.id, data: resource });
    }
    return people.length + resources.length;
  });
}

/**
 * Seeds the default dated settings (docs/DOMAIN.md, Dated settings) — every hub, demo or not: the rules need them.
 * Each entry of DEFAULT_SETTINGS is the record `default-NNN` by its place in that append-only list, so a hub made
 * before an issue added settings (Despacho's) gets the new ones at its next start and keeps those it has — an
 * administrator's later entries are records of their own. Changes like any other, so consoles that already follow
 * the hub receive them. Returns how many were added.
 */
export function seedDefaultSettings(store: HubStore, now: number): number {
  return store.transaction(() => {
    let added = 0;
    DEFAULT_SETTINGS.forEach((entry, i) => {
      const setting = { id: `default-${String(i + 1).padStart(3, '0')}`, entry, version: 1 };
      if (store.records.get('setting', setting.id)) return;
      store.records.save('setting', setting, now);
      store.changes.append({ at: now, entity: 'setting', id: setting.id, data: setting });
      added++;
    });
    return added;
  });
}
