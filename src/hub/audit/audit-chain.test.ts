// The court's tamper-evident audit, end to end on real SQLite files: a case's life at the hub appends one entry
// per accepted change to the case's chain (the hearing's changes too, and the case's own), the chain verifies at
// the hub and in a console cache that received it — and editing either file directly (an entry modified, deleted,
// inserted or moved, a record changed behind the chain's back) is reported at the first broken entry.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { createCache, type Cache } from '../../core/cache/cache.ts';
import { CACHE_FILE_NAME } from '../../core/cache/cache-session.ts';
import { verifyCacheChains } from '../../core/audit/verify-cache.ts';
import { AuditRepository } from '../../core/audit/audit-repository.ts';
import { sealed } from '../../core/audit/hash.ts';
import { recordStore } from '../../core/records/record-store.ts';
import { tempDir } from '../../core/test-support/temp-dir.ts';
import { GENESIS } from '../../shared/audit/audit-entry.ts';
import { hearingSlotId } from '../../shared/court/hearing-slot.ts';
import type { MutationEnvelope } from '../../shared/hub-protocol/push.ts';
import type { Role } from '../../shared/auth/roles.ts';
import type { Mutation } from '../../shared/records/mutations.ts';
import type { RecordEntity } from '../../shared/records/registry.ts';
import { ACTA, HEARING_RECORD } from '../../shared/records/test-support/court-cases.ts';
import { cordobaInstant } from '../../shared/time/cordoba.ts';
import { seedDefaultSettings } from '../demo/seed-demo.ts';
import { applyPush } from '../mutations/apply-push.ts';
import { openHubStore, type HubStore } from '../store/hub-store.ts';
import { verifyHubChains } from './verify-hub.ts';

const CLIENT = '0190a8c0-0000-7000-8000-0000000000aa';
const CASE = '0190a8c0-0000-7000-8000-0000000000c1';
const OTHER = '0190a8c0-0000-7000-8000-0000000000c2';
const NOW = cordobaInstant(2026, 12, 10, 10); // a Thursday
const DAY = 86_400_000;
const START = cordobaInstant(2026, 12, 21, 9);
const SLOT = hearingSlotId('cpc-mercado-de-la-ciudad', 'Sala 1', START);

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
];

let store: HubStore;
let caches: Cache[] = [];
afterEach(() => {
  store?.close();
  for (const cache of caches.splice(0)) cache.close();
});

/** A hub where the case lived its life (and another case entered), every push accepted. */
function hubWithCase(): HubStore {
  store = openHubStore(tempDir());
  seedDefaultSettings(store, 1);
  const life: [Role, Mutation, number][] = [
    ...LIFE,
    ['court_clerk', { kind: 'court_case.enter', id: OTHER, origin: 'camera', record: ACTA, barrio: 'Centro', promoterName: null }, NOW],
  ];
  life.forEach(([role, mutation, at], i) => {
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

function baseOf(mutation: Mutation): number {
  if (mutation.kind === 'court_case.enter' || mutation.kind === 'hearing.schedule') return 0;
  const entity = mutation.kind.startsWith('hearing') ? 'hearing' : 'court_case';
  return (store.records.get(entity, mutation.id) as { version: number }).version;
}

/** A console cache holding what the hub sent a court role: the records and the chains. */
function consoleCacheOf(hub: HubStore): string {
  const file = path.join(tempDir(), 'cache.sqlite3');
  const cache = createCache(file);
  for (const entity of ['court_case', 'hearing', 'audit_entry'] as RecordEntity[])
    recordStore(cache, entity).putNewer(hub.records.all(entity));
  cache.close();
  return file;
}

/** Opens a copy of the cache after `tamper` edited the file with plain SQL. */
function tampered(file: string, tamper: (db: Database.Database) => void): Cache {
  const copy = path.join(tempDir(), 'cache.sqlite3');
  fs.copyFileSync(file, copy);
  const db = new Database(copy);
  tamper(db);
  db.close();
  const cache = createCache(copy);
  caches.push(cache);
  return cache;
}

const entryId = (n: number, caseId = CASE) => `${caseId}#${String(n).padStart(6, '0')}`;

describe('the audit chain of a case', () => {
  it('has one entry per accepted change, in commit order, linked by hashes — at the hub and in a console', () => {
    const hub = hubWithCase();
    const chain = hub.records.all('audit_entry').filter((e) => e.caseId === CASE);
    expect(chain.map((e) => [e.n, e.entity, e.action, e.by])).toEqual([
      [1, 'court_case', 'court_case.enter', 'secretaria'],
      [2, 'court_case', 'court_case.notify', 'secretaria'],
      [3, 'court_case', 'court_case.fileDefence', 'secretaria'],
      [4, 'hearing', 'hearing.schedule', 'secretaria'],
      [5, 'hearing', 'hearing.hold', 'secretaria'],
      [6, 'hearing', 'hearing.sign', 'jueza'],
    ]);
    expect(chain[0]!.prevHash).toBe(GENESIS);
    chain.slice(1).forEach((entry, i) => expect(entry.prevHash).toBe(chain[i]!.hash));
    expect(chain.every((e) => e.clientId === CLIENT)).toBe(true);
    expect(chain.map((e) => e.changeSeq)).toEqual([...chain.map((e) => e.changeSeq)].sort((a, b) => a - b));
    expect(verifyHubChains(hub)).toEqual({ chains: 2, entries: 7, broken: [] });

    const cache = createCache(consoleCacheOf(hub));
    caches.push(cache);
    expect(verifyCacheChains(cache)).toEqual({ chains: 2, entries: 7, broken: [] });
    expect(verifyCacheChains(cache, CASE)).toEqual({ chains: 1, entries: 6, broken: [] });
  });

  it.each<[string, (db: Database.Database) => void, { n: number; problem: string }]>([
    [
      'an entry modified',
      (db) => db.prepare("UPDATE audit_entries SET text = replace(text, 'secretaria', 'otra persona') WHERE id = ?").run(entryId(3)),
      { n: 3, problem: 'modified' },
    ],
    [
      'an entry modified with its hash redone',
      (db) => {
        const audit = new AuditRepository(db);
        audit.put(sealed({ ...audit.get(entryId(2))!, by: 'otra persona' }));
      },
      { n: 3, problem: 'broken_link' },
    ],
    ['an entry deleted', (db) => db.prepare('DELETE FROM audit_entries WHERE id = ?').run(entryId(2)), { n: 3, problem: 'out_of_order' }],
    ['the last entry deleted', (db) => db.prepare('DELETE FROM audit_entries WHERE id = ?').run(entryId(6)), { n: 5, problem: 'data' }],
    [
      'an entry inserted',
      (db) => {
        for (let n = 6; n >= 3; n--) db.prepare('UPDATE audit_entries SET id = ? WHERE id = ?').run(entryId(n + 1), entryId(n)); // make room
        const audit = new AuditRepository(db);
        const second = audit.get(entryId(2))!;
        audit.put(sealed({ ...second, id: entryId(3), n: 3, action: 'court_case.payVoluntarily', prevHash: second.hash }));
      },
      { n: 4, problem: 'modified' },
    ],
    [
      'two entries swapped',
      (db) => {
        db.prepare("UPDATE audit_entries SET id = 'tmp' WHERE id = ?").run(entryId(4));
        db.prepare('UPDATE audit_entries SET id = ? WHERE id = ?').run(entryId(4), entryId(5));
        db.prepare('UPDATE audit_entries SET id = ? WHERE id = ?').run(entryId(5), 'tmp');
      },
      { n: 4, problem: 'modified' },
    ],
    [
      'a record changed behind its chain',
      (db) =>
        db
          .prepare("UPDATE records SET data = json_set(data, '$.defence.statement', 'Confieso.') WHERE entity = 'court_case' AND id = ?")
          .run(CASE),
      { n: 3, problem: 'data' },
    ],
  ])('reports %s at the first broken entry', (_name, tamper, expected) => {
    const file = consoleCacheOf(hubWithCase());
    const report = verifyCacheChains(tampered(file, tamper));
    expect(report.broken).toEqual([{ caseId: CASE, entryId: entryId(expected.n), ...expected }]);
  });

  it('reports a chain edited in the hub’s own store', () => {
    const hub = hubWithCase();
    hub.db.prepare("UPDATE records SET data = json_set(data, '$.by', 'nadie') WHERE entity = 'audit_entry' AND id = ?").run(entryId(1));
    expect(verifyHubChains(hub).broken).toEqual([{ caseId: CASE, n: 1, entryId: entryId(1), problem: 'modified' }]);
  });

  it('takes this console’s own change, not yet with the hub, for what it is', () => {
    const file = consoleCacheOf(hubWithCase());
    const cache = tampered(file, (db) => {
      db.prepare(
        "UPDATE records SET version = version + 1, data = json_set(data, '$.version', json_extract(data, '$.version') + 1) WHERE id = ?",
      ).run(OTHER);
      db.prepare(
        `INSERT INTO outbox (mutation_id, entity, record_id, base_version, made_at, mutation) VALUES (?, 'court_case', ?, 1, 1, '{}')`,
      ).run(crypto.randomUUID(), OTHER);
    });
    expect(verifyCacheChains(cache).broken).toEqual([]);
  });
});

/** `npm run audit:verify -- --data-dir DIR` (without npm), in Spanish. */
function auditCli(dir: string): Promise<{ status: number | null; stdout: string }> {
  return new Promise((resolve) => {
    const args = ['--import', 'tsx', 'src/hub/audit/verify-cli.ts', '--data-dir', dir];
    execFile(process.execPath, args, { env: { ...process.env, LANG: '', LC_ALL: '' } }, (error, stdout) =>
      resolve({ status: error ? (error.code as number) : 0, stdout }),
    );
  });
}

describe('npm run audit:verify', () => {
  it('checks a hub’s folder and a console’s, and names the first broken entry with exit status 1', async () => {
    const hub = hubWithCase();
    const hubDir = path.dirname(hub.db.name);
    const consoleFile = consoleCacheOf(hub);
    hub.close();
    const intact = await auditCli(hubDir);
    expect(intact).toMatchObject({ status: 0, stdout: expect.stringContaining('Íntegras: 2 cadenas, 7 entradas verificadas') });

    const consoleDir = tempDir();
    const cache = tampered(consoleFile, (db) => db.prepare('DELETE FROM audit_entries WHERE id = ?').run(entryId(2)));
    fs.copyFileSync(cache.db.name, path.join(consoleDir, CACHE_FILE_NAME));
    cache.close();
    caches = caches.filter((c) => c !== cache);
    const broken = await auditCli(consoleDir);
    expect(broken.status).toBe(1);
    expect(broken.stdout).toContain(`expediente ${CASE}: desde la entrada 3 (${entryId(3)})`);
  }, 30_000);
});
