// Putting a built bulk file in place of the cache, on real files through a real CacheSession: everything local is
// carried over (outbox and its client seqs, confirmed, preferences, drafts, the client id, positions), a record with
// local changes keeps this console's version while the hub's moves `confirmed` forward, and hub data of the old
// cache is gone.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateOperations } from '../../../shared/demo/generate-operations.ts';
import type { Operation } from '../../../shared/operations/types.ts';
import { CacheSession } from '../../cache/cache-session.ts';
import type { Cache } from '../../cache/cache.ts';
import { clientIdOf } from '../../mutations/client-id.ts';
import { tempDir } from '../../test-support/temp-dir.ts';
import { SYNCED_ROLE } from '../synced-role.ts';
import { BULK_STATE_KEY } from './bulk-state.ts';
import { BULK_FILE_NAME, BulkWriter } from './bulk-writer.ts';
import { carryLocal, swapIn } from './swap-in.ts';

const UNTIL = Date.UTC(2025, 5, 1);
const [mine, hubOnly, oldOnly] = [...generateOperations({ seed: 3, count: 3, until: UNTIL })] as [Operation, Operation, Operation];
const POSITION = { unitId: 'u-1', lat: -31.4, lng: -64.18, accuracyM: 5, speedKmh: 0, heading: 0, deviceTime: UNTIL, receivedAt: UNTIL };

/** Queues a mutation of `operation` in the outbox (the `n`th of the test: its mutation id); returns its client seq. */
const queue = (cache: Cache, operation: Operation, n: number): number =>
  cache.outbox.append({
    mutationId: `0190f0a0-0000-7000-8000-00000000000${n}`,
    entity: 'operation',
    recordId: operation.id,
    baseVersion: operation.version,
    madeAt: UNTIL,
    mutation: { kind: 'operation.edit', id: operation.id, patch: { team: 'Equipo local' } } as never,
    author: 'coordinacion',
  });

/** A local edit of `operation` as the write path leaves it: the visible row, `confirmed` and an outbox entry. */
function editLocally(cache: Cache, operation: Operation): Operation {
  const edited = { ...operation, team: 'Equipo local', version: operation.version + 1 };
  cache.confirmed.set('operation', operation.id, operation);
  cache.operations.put([edited]);
  queue(cache, operation, 1);
  return edited;
}

function builtFile(dir: string, hubVersions: readonly Operation[]): string {
  const file = path.join(dir, BULK_FILE_NAME);
  const target = { hubUrl: 'http://hub.test', role: 'coordinator' as const, seq: 99, counts: {}, kinds: ['operation' as const] };
  const writer = BulkWriter.open(file, {}, target);
  writer.write(
    'operation',
    [...hubVersions].sort((a, b) => (a.id < b.id ? -1 : 1)),
    false,
  );
  writer.build(UNTIL);
  writer.close();
  return file;
}

/** A cache session over a new data dir, open. */
function openSession(): { dir: string; session: CacheSession } {
  const dir = tempDir();
  const session = new CacheSession(
    dir,
    {},
    () => {},
    () => {},
  );
  session.open();
  return { dir, session };
}

describe('swapIn', () => {
  it('carries what is local into the built file and puts it in place of the cache', () => {
    const { dir, session } = openSession();
    const { clientId, edited, seqBefore } = session.use((cache) => {
      cache.operations.insertMany([mine, oldOnly]);
      const edited = editLocally(cache, mine);
      cache.prefs.set('grid.columns', ['type', 'barrio'], UNTIL);
      cache.drafts.save('hearing-1', { notes: 'borrador' }, UNTIL);
      cache.units.upsertPositions([POSITION]);
      return { clientId: clientIdOf(cache), edited, seqBefore: cache.outbox.head(10).at(-1)!.clientSeq };
    });
    const hubsMine = { ...mine, status: mine.status, resultSummary: 'versión del hub', version: mine.version + 5 };
    const file = builtFile(dir, [hubsMine, hubOnly]);

    swapIn(session, file);

    expect(fs.existsSync(file)).toBe(false);
    expect(session.status()).toMatchObject({ state: 'ready', operations: 2 });
    session.use((cache) => {
      expect(cache.operations.get(oldOnly.id)).toBeNull(); // the old cache's hub data is gone
      expect(cache.operations.get(hubOnly.id)).toEqual(hubOnly);
      expect(cache.operations.get(mine.id)).toEqual(edited); // the local change wins…
      expect(cache.confirmed.get('operation', mine.id)).toEqual(hubsMine); // …and the hub's version is what it builds on
      expect(cache.outbox.head(10).map((e) => e.recordId)).toEqual([mine.id]);
      expect(cache.outbox.count()).toBe(1);
      expect(clientIdOf(cache)).toBe(clientId);
      expect(cache.prefs.get('grid.columns')).toEqual(['type', 'barrio']);
      expect(cache.drafts.get('hearing-1')).toMatchObject({ draft: { notes: 'borrador' } });
      expect(cache.units.rows(['u-1'])).toHaveLength(0); // positions of a unit the hub does not have are not shown…
      expect(cache.db.prepare('SELECT COUNT(*) FROM unit_positions').pluck().get()).toBe(1); // …but kept
      expect(cache.units.cursor()).toMatchObject({ hubUrl: 'http://hub.test', lastSeq: 99 });
      expect(cache.meta.get(SYNCED_ROLE)).toBe('coordinator');
      expect(cache.meta.get(BULK_STATE_KEY)).toBeUndefined();
      // The outbox's client seqs go on from where they were: the hub knows (clientId, clientSeq) for good.
      const next = queue(cache, hubOnly, 2);
      expect(next).toBe(seqBefore + 1);
      expect(cache.db.prepare('SELECT COUNT(*) FROM operations_address_fts').pluck().get()).toBe(2);
      expect(cache.db.pragma('integrity_check', { simple: true })).toBe('ok');
    });
    session.close();
  });

  it('can carry again after a crash before the rename, from the cache as it is then', () => {
    const { dir, session } = openSession();
    const file = builtFile(dir, [hubOnly]);
    session.use((cache) => cache.prefs.set('first', 1, UNTIL));
    session.use((cache) => carryLocal(cache, file, {})); // then a crash, before the rename
    session.use((cache) => cache.prefs.set('second', 2, UNTIL)); // the person went on working after the restart
    swapIn(session, file);
    session.use((cache) => {
      expect([cache.prefs.get('first'), cache.prefs.get('second')]).toEqual([1, 2]);
      expect(cache.operations.get(hubOnly.id)).toEqual(hubOnly);
    });
    session.close();
  });
});
