// Runs in: Node (tests only). A court case whose whole life was pushed to a hub's store — so its audit chain has
// one entry per accepted change — and the console cache a court role would hold of it, plus copies of that cache
// edited behind the chain's back with plain SQL. Shared by the audit tests on either hub store
// (audit/audit-chain.test.ts) and by the CLI's, which reads the embedded store's file (audit/verify-cli.sqlite.test.ts).
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, expect } from 'vitest';
import { createCache, type Cache } from '../../core/cache/cache.ts';
import { recordStore } from '../../core/records/record-store.ts';
import { tempDir } from '../../core/test-support/temp-dir.ts';
import type { Role } from '../../shared/auth/roles.ts';
import { hearingSlotId } from '../../shared/court/hearing-slot.ts';
import type { MutationEnvelope } from '../../shared/hub-protocol/push.ts';
import type { Mutation } from '../../shared/records/mutations.ts';
import type { RecordEntity } from '../../shared/records/registry.ts';
import { ACTA, HEARING_RECORD } from '../../shared/records/test-support/court-cases.ts';
import { cordobaInstant } from '../../shared/time/cordoba.ts';
import { seedDefaultSettings } from '../demo/seed-demo.ts';
import { applyPush } from '../mutations/apply-push.ts';
import type { HubStore } from '../store/hub-store.ts';

export const CLIENT = '0190a8c0-0000-7000-8000-0000000000aa';
export const CASE = '0190a8c0-0000-7000-8000-0000000000c1';
/** Another case, entered last: a record a test may change in a console as if not yet pushed. */
export const OTHER_CASE = '0190a8c0-0000-7000-8000-0000000000c2';
const NOW = cordobaInstant(2026, 12, 10, 10); // a Thursday
const DAY = 86_400_000;
const START = cordobaInstant(2026, 12, 21, 9);
const SLOT = hearingSlotId('cpc-mercado-de-la-ciudad', 'Sala 1', START);

/** The case's life: entered, notified, defended, its hearing scheduled, held and signed; then another case entered. */
const LIFE: [Role, Mutation, number][] = [
  ['court_clerk', { kind: 'court_case.enter', id: CASE, origin: 'desk', record: ACTA, barrio: 'Nueva Córdoba', promoterName: null }, NOW],
  ['court_clerk', { kind: 'court_case.notify', id: CASE, channel: 'cidi', notifiedOn: '2026-12-10', offerUem: 200 }, NOW],
  ['court_clerk', { kind: 'court_case.fileDefence', id: CASE, filedOn: '2026-12-11', statement: 'No conducía yo.' }, NOW + DAY],
  [
    'court_clerk',
    {
      kind: 'hearing.schedule',
      id: SLOT,
      caseId: CASE,
      courtId: 'cpc-mercado-de-la-ciudad',
      room: 'Sala 1',
      judge: 'Dra. María Laura Ferreyra',
      start: START,
      end: START + 1_800_000,
      replaces: null,
      reason: null,
    },
    NOW + DAY,
  ],
  ['court_clerk', { kind: 'hearing.hold', id: SLOT, record: HEARING_RECORD }, START + 1_800_000],
  ['judge', { kind: 'hearing.sign', id: SLOT }, START + 2_000_000],
  ['court_clerk', { kind: 'court_case.enter', id: OTHER_CASE, origin: 'camera', record: ACTA, barrio: 'Centro', promoterName: null }, NOW],
];

export const entryId = (n: number, caseId = CASE) => `${caseId}#${String(n).padStart(6, '0')}`;

/** Pushes the case's life to `store` (with the default settings), every push accepted. */
export function liveCaseLife(store: HubStore): HubStore {
  seedDefaultSettings(store, 1);
  const baseOf = (mutation: Mutation): number => {
    if (mutation.kind === 'court_case.enter' || mutation.kind === 'hearing.schedule') return 0;
    const entity = mutation.kind.startsWith('hearing') ? 'hearing' : 'court_case';
    return (store.records.get(entity, mutation.id) as { version: number }).version;
  };
  LIFE.forEach(([role, mutation, at], i) => {
    const envelope: MutationEnvelope = {
      clientSeq: i + 1,
      mutationId: crypto.randomUUID(),
      baseVersion: baseOf(mutation),
      madeAt: at,
      mutation,
    };
    const { results } = applyPush(
      store,
      { role, username: role === 'judge' ? 'jueza' : 'secretaria' },
      { clientId: CLIENT, mutations: [envelope] },
      at,
    );
    expect(results[0], mutation.kind).toMatchObject({ ok: true });
  });
  return store;
}

/** A console cache file holding what the hub sent a court role: the records and the chains. */
export function consoleCacheOf(hub: HubStore): string {
  const file = path.join(tempDir(), 'cache.sqlite3');
  const cache = createCache(file);
  for (const entity of ['court_case', 'hearing', 'audit_entry'] as RecordEntity[])
    recordStore(cache, entity).putNewer(hub.records.all(entity));
  cache.close();
  return file;
}

/** A copy of the cache file after `tamper` edited it with plain SQL. */
export function tamperedFile(file: string, tamper: (db: Database.Database) => void): string {
  const copy = path.join(tempDir(), 'cache.sqlite3');
  fs.copyFileSync(file, copy);
  const db = new Database(copy);
  tamper(db);
  db.close();
  return copy;
}

const opened: Cache[] = [];
afterEach(() => {
  for (const cache of opened.splice(0)) cache.close();
});

/** The tampered copy opened as a console cache (closed after the test). */
export function tampered(file: string, tamper: (db: Database.Database) => void): Cache {
  const cache = createCache(tamperedFile(file, tamper));
  opened.push(cache);
  return cache;
}

/** A console cache opened on `file`, closed after the test. */
export function openedCache(file: string): Cache {
  const cache = createCache(file);
  opened.push(cache);
  return cache;
}
