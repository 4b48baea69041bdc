// Runs in: Node. The one write path (docs/ARCHITECTURE.md, "Local writes"). A record's visible row is what
// this console shows; while it has pending mutations, `confirmed` keeps what the hub last confirmed:
//
//   person ─► write(): applyMutation on the visible row ─► one transaction {visible row; outbox entry;
//             confirmed ← the row as it was, if it had no pending mutation yet}
//   hub change / ack ─► accept()/settle(): a record with pending mutations only moves `confirmed` forward;
//             once none is pending, `confirmed` becomes the visible row again (so a server change never
//             overwrites a pending local write: it is held until the hub has decided)
//   hub refusal ─► rollback(): the record's pending mutations are withdrawn, the visible row becomes the hub's,
//             and a conflict keeps both versions for the person to resolve
//
// Every function runs inside the caller's transaction except write(), which is one by itself.
import type { Role } from '../../shared/auth/roles.ts';
import { uuidv7 } from '../../shared/ids/uuidv7.ts';
import { applyMutation } from '../../shared/records/mutations.ts';
import type { RefusalReason } from '../../shared/records/refusals.ts';
import { entityOf, type Mutation } from '../../shared/records/mutations.ts';
import type { RecordEntity, SharedRecord } from '../../shared/records/registry.ts';
import type { PushResult } from '../../shared/hub-protocol/push.ts';
import type { Cache } from '../cache/cache.ts';
import { recordStore } from '../records/record-store.ts';
import { cacheContext } from './cache-context.ts';
import { clientIdOf } from './client-id.ts';

export class LocalRefusal extends Error {
  constructor(readonly reason: RefusalReason) {
    super(`mutation refused locally: ${reason}`);
  }
}

export interface Written {
  readonly record: SharedRecord;
  readonly clientSeq: number;
}

const newer = (a: SharedRecord | null | undefined, b: SharedRecord | null | undefined) => !!a && (!b || a.version > b.version);

/** Applies a person's mutation (`author` signed in as `role`) to the cache and queues it, in one transaction; throws LocalRefusal. */
export function write(cache: Cache, mutation: Mutation, author: string | null, now: number, role: Role | null = null): Written {
  const entity = entityOf(mutation.kind);
  const written = cache.db
    .transaction(() => {
      const store = recordStore(cache, entity);
      const before = store.get(mutation.id);
      const applied = applyMutation(before, mutation, cacheContext(cache, now, author, role));
      if (!applied.ok) throw new LocalRefusal(applied.reason);
      if (!cache.outbox.hasPending(entity, mutation.id)) cache.confirmed.set(entity, mutation.id, before);
      store.put(applied.record);
      clientIdOf(cache);
      const clientSeq = cache.outbox.append({
        mutationId: uuidv7(now),
        entity,
        recordId: mutation.id,
        baseVersion: before?.version ?? 0,
        madeAt: now,
        mutation,
        author,
      });
      return { record: applied.record, clientSeq };
    })
    .immediate();
  return written;
}

/** A record as the hub has it (a change, a pulled page, an ack). Returns whether the visible row changed. */
export function accept(cache: Cache, entity: RecordEntity, record: SharedRecord): boolean {
  if (cache.outbox.hasPending(entity, record.id)) {
    if (newer(record, cache.confirmed.get(entity, record.id))) cache.confirmed.set(entity, record.id, record);
    return false;
  }
  const store = recordStore(cache, entity);
  if (!newer(record, store.get(record.id))) return false;
  store.put(record);
  return true;
}

/**
 * The hub's decision on one of this console's mutations (an ack, or its own change coming back). Returns the
 * record whose visible row changed, if any. A decision already settled is ignored.
 */
export function settle(cache: Cache, result: PushResult, now: number): string | null {
  if (!('current' in result) && !result.ok) return null; // out of order: the pusher resends
  const entry = cache.outbox.get(result.clientSeq);
  if (!entry) return null;
  const entity = entry.entity;
  cache.outbox.remove(entry.clientSeq);
  if (entry.withdrawn) return null;
  if (!result.ok) {
    rollback(cache, entity, entry.recordId, result.reason, result.current, [entry.mutation], now);
    return entry.recordId;
  }
  const confirmed = cache.confirmed.get(entity, entry.recordId);
  const latest = newer(result.record, confirmed) ? result.record : confirmed;
  if (cache.outbox.hasPending(entity, entry.recordId)) {
    cache.confirmed.set(entity, entry.recordId, latest ?? null);
    return null;
  }
  cache.confirmed.remove(entity, entry.recordId);
  const store = recordStore(cache, entity);
  if (latest) store.put(latest);
  return entry.recordId;
}

function rollback(
  cache: Cache,
  entity: RecordEntity,
  recordId: string,
  reason: RefusalReason,
  current: SharedRecord | null,
  refused: Mutation[],
  now: number,
): void {
  const store = recordStore(cache, entity);
  const later = cache.outbox.pendingFor(entity, recordId);
  for (const entry of later) cache.outbox.withdraw(entry.clientSeq);
  const confirmed = cache.confirmed.get(entity, recordId);
  const theirs = newer(confirmed, current) ? confirmed! : current;
  const mine = store.get(recordId);
  cache.confirmed.remove(entity, recordId);
  if (theirs) store.put(theirs);
  else store.remove(recordId);
  cache.conflicts.add({ entity, recordId, reason, mutations: [...refused, ...later.map((e) => e.mutation)], mine, theirs, createdAt: now });
}
