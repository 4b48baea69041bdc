// The court's tamper-evident audit, end to end on the hub's store (either kind: test-store.ts) and real console cache
// files: a case's life at the hub appends one entry per accepted change to the case's chain (the hearing's changes
// too, and the case's own), the chain verifies at the hub and in a console cache that received it — and editing
// either directly (an entry modified, deleted, inserted or moved, a record changed behind the chain's back) is
// reported at the first broken entry. The audit CLI over a hub's folder: verify-cli.sqlite.test.ts.
import type Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { verifyCacheChains } from '../../core/audit/verify-cache.ts';
import { AuditRepository } from '../../core/audit/audit-repository.ts';
import { sealed } from '../../core/audit/hash.ts';
import { tempDir } from '../../core/test-support/temp-dir.ts';
import { GENESIS } from '../../shared/audit/audit-entry.ts';
import type { HubStore } from '../store/hub-store.ts';
import { CASE, CLIENT, consoleCacheOf, entryId, liveCaseLife, openedCache, OTHER_CASE, tampered } from '../test-support/audited-case.ts';
import { openTestStore } from '../test-support/test-store.ts';
import { verifyHubChains } from './verify-hub.ts';

let store: HubStore;
afterEach(() => store?.close());

/** A hub where the case lived its life (and another case entered), every push accepted. */
function hubWithCase(): HubStore {
  store = openTestStore(tempDir());
  return liveCaseLife(store);
}

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

    const cache = openedCache(consoleCacheOf(hub));
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
    const { json } = hub.records.stored('audit_entry', entryId(1))!;
    const edited = JSON.stringify({ ...(JSON.parse(json) as object), by: 'nadie' });
    hub.db.run("UPDATE records SET data = ? WHERE entity = 'audit_entry' AND id = ?", edited, entryId(1));
    expect(verifyHubChains(hub).broken).toEqual([{ caseId: CASE, n: 1, entryId: entryId(1), problem: 'modified' }]);
  });

  it('takes this console’s own change, not yet with the hub, for what it is', () => {
    const file = consoleCacheOf(hubWithCase());
    const cache = tampered(file, (db) => {
      db.prepare(
        "UPDATE records SET version = version + 1, data = json_set(data, '$.version', json_extract(data, '$.version') + 1) WHERE id = ?",
      ).run(OTHER_CASE);
      db.prepare(
        `INSERT INTO outbox (mutation_id, entity, record_id, base_version, made_at, mutation) VALUES (?, 'court_case', ?, 1, 1, '{}')`,
      ).run(crypto.randomUUID(), OTHER_CASE);
    });
    expect(verifyCacheChains(cache).broken).toEqual([]);
  });
});
