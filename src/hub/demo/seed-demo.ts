// Runs in: Node. The embedded default's data: on a store without units, `units` demo units with a device token
// each, and — on a store without users — one demo account per role. Creating a unit is a change like any
// other, so the log alone can rebuild the picture from seq 0.
//
// The credentials file is written before the store commits: a crash in between leaves a store without units,
// which the next start seeds again (overwriting the file); never units whose device tokens are lost.
import { DEMO_SEED } from '../../core/seed/demo.ts';
import { caseNumber } from '../../shared/court/case-number.ts';
import { DEMO_USERS } from '../../shared/demo/accounts.ts';
import { demoFleet } from '../../shared/demo/fleet.ts';
import { demoRoster } from '../../shared/demo/roster.ts';
import { demoStory } from '../../shared/demo/story.ts';
import type { Change, ChangeOf } from '../../shared/hub-protocol/changes.ts';
import type { RecordEntity, RecordOf } from '../../shared/records/registry.ts';
import type { SettingEntry } from '../../shared/settings/dated.ts';
import { DEFAULT_SETTINGS } from '../../shared/settings/defaults.ts';
import { newDeviceId } from '../admin/devices.ts';
import { generatePassword, hashPassword } from '../auth/passwords.ts';
import { newToken, tokenHash } from '../auth/tokens.ts';
import { saveChange } from '../mutations/apply-push.ts';
import type { HubStore } from '../store/hub-store.ts';
import { writeDemoCredentials, type DemoCredentials } from './demo-credentials.ts';

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
  // Checked again inside the transaction: another hub process on the same database may have seeded meanwhile.
  const seeded = store.transaction(() => {
    if (store.records.count('unit') > 0) return false;
    for (const unit of fleet) logged(store, 'unit', unit, now);
    for (const { token, unitId, callSign } of devices) {
      store.devices.add({ id: newDeviceId(), tokenSha256: tokenHash(token), unitId, label: callSign, createdBy: null }, now);
    }
    for (const user of users) store.users.add(user, now);
    return true;
  });
  if (seeded) writeDemoCredentials(dataDir, credentials);
  return seeded;
}

/** A record saved with its change: consoles that already follow the hub receive it. */
function logged<E extends RecordEntity>(store: HubStore, entity: E, record: RecordOf<E>, now: number): void {
  store.records.save(entity, record, now);
  store.changes.append({ at: now, entity, id: record.id, data: record } as Omit<ChangeOf<E>, 'seq'> as Omit<Change, 'seq'>);
}

/** What the audit chains say made the demo's court records: imported by the hub itself at the start. */
const IMPORTED = { by: null, action: 'demo.import' } as const;

/**
 * Seeds the demo's story (shared/demo/story.ts) into a hub without operations; returns how many operations. The
 * operations, notices and complaints are current records only, not changes: a console's first sync takes current
 * records page by page ('records'), and the log carries what changes afterwards. The court's cases and hearings, as
 * the story left them (their own timelines and histories tell every step; their numbers come from the hub's counter),
 * go through the push's own saving step as one import each — a change and the first entry of the case's audit chain —
 * as a city's cases from before the console would: writing every step of thousands of cases would slow the start for
 * no gain. The demo's own dated settings (demo-settings.ts) are changes like the defaults.
 */
export function seedDemoOperations(store: HubStore, count: number, now: number): number {
  return store.transaction(() => {
    if (store.records.count('operation') > 0) return 0;
    const units = store.records.all('unit');
    const story = demoStory({
      seed: DEMO_SEED,
      count,
      until: now,
      units,
      caseNumber: (year) => caseNumber(year, store.caseNumbers.next(year)),
    });
    story.settings.forEach((entry, i) => saveSetting(store, `demo-${String(i + 1).padStart(3, '0')}`, entry, now));
    for (const operation of story.operations) store.records.save('operation', operation, now);
    for (const notice of story.notices) store.records.save('notice', notice, now);
    for (const incident of story.incidents) store.records.save('incident', incident, now);
    for (const courtCase of story.courtCases) saveChange(store, 'court_case', courtCase, now, IMPORTED);
    for (const hearing of story.hearings) saveChange(store, 'hearing', hearing, now, IMPORTED);
    return story.operations.length;
  });
}

/**
 * Seeds the demo roster (teams, people and resources) into a hub that has none; returns how many records. They are
 * changes like any other, so consoles that already follow the hub receive them.
 */
export function seedDemoRoster(store: HubStore, now: number): number {
  return store.transaction(() => {
    if (store.records.count('person') > 0) return 0;
    const { teams, people, resources } = demoRoster(now);
    for (const team of teams) logged(store, 'team', team, now);
    for (const person of people) logged(store, 'person', person, now);
    for (const resource of resources) logged(store, 'resource', resource, now);
    return teams.length + people.length + resources.length;
  });
}

/** A setting entry as the record `id`, unless the hub has it already; whether it was added. */
function saveSetting(store: HubStore, id: string, entry: SettingEntry, now: number): boolean {
  if (store.records.get('setting', id)) return false;
  logged(store, 'setting', { id, entry, version: 1 }, now);
  return true;
}

/**
 * Seeds the default dated settings (docs/DOMAIN.md, Dated settings) — every hub, demo or not: the rules need them.
 * Each entry of DEFAULT_SETTINGS is the record `default-NNN` by its place in that append-only list, so a hub made
 * before an issue added settings (Despacho's) gets the new ones at its next start and keeps those it has — an
 * administrator's later entries are records of their own. Changes like any other, so consoles that already follow
 * the hub receive them. Returns how many were added.
 */
export function seedDefaultSettings(store: HubStore, now: number): number {
  return store.transaction(
    () => DEFAULT_SETTINGS.filter((entry, i) => saveSetting(store, `default-${String(i + 1).padStart(3, '0')}`, entry, now)).length,
  );
}
