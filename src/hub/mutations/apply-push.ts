// Runs in: Node. Decides a console's push in one store transaction, mutation by mutation, in client-seq order:
//
//   seq ≤ last decided ──► the original result (a replay changes nothing)
//   seq > last + 1     ──► 'out_of_order' {expected}; the rest of the push is not looked at
//   seq = last + 1     ──► role may? ─► base version = current version? ─► applyMutation ─► save + change log
//                          (any "no" is a refusal, recorded like a success: the client's next seq follows it)
//
// Every kind is read and saved the same way (the records table), and what a change derives — the court cases
// of a closed operation — is saved with it. The caller broadcasts the returned changes after the commit.
import type { Change } from '../../shared/hub-protocol/changes.ts';
import type { MutationEnvelope, PushRequest, PushResult } from '../../shared/hub-protocol/push.ts';
import type { DerivedRecord } from '../../shared/records/kind.ts';
import { applyMutation, entityOf, rebases } from '../../shared/records/mutations.ts';
import { canMutate } from '../../shared/records/permissions.ts';
import type { RefusalReason } from '../../shared/records/refusals.ts';
import { isRecordEntity, type RecordEntity, type SharedRecord } from '../../shared/records/registry.ts';
import type { ConsoleIdentity } from '../auth/handshake.ts';
import type { HubStore } from '../store/hub-store.ts';
import { auditEntryFor } from '../audit/append-audit.ts';
import { hubContext } from './hub-context.ts';

export interface PushOutcome {
  readonly results: PushResult[];
  readonly changes: Change[];
}

type Who = Pick<ConsoleIdentity, 'role' | 'username'>;

/**
 * Saves a record and appends its change (with the console mutation it came from, if any) — and, for a court record,
 * the entry of its case's audit chain. `action` is the mutation that made it. Also the demo's court history's way in.
 */
export function saveChange(store: HubStore, entity: RecordEntity, data: SharedRecord, now: number, made: Made): Change[] {
  store.records.save(entity, data as never, now);
  const { origin, by, action } = made;
  const change = store.changes.append({ at: now, entity, id: data.id, data, ...(origin ? { origin } : {}) } as Omit<Change, 'seq'>);
  const entry = auditEntryFor(store, change, by, action);
  return entry ? [change, ...saveChange(store, 'audit_entry', entry, now, { by, action })] : [change];
}

export interface Made {
  readonly by: string | null;
  readonly action: string;
  readonly origin?: Change['origin'];
}

function derivedEntity({ entity }: DerivedRecord): RecordEntity {
  if (!isRecordEntity(entity)) throw new Error(`a mutation derived a record of an unknown kind: ${entity}`);
  return entity;
}

export function applyPush(store: HubStore, who: Who, push: PushRequest, now: number): PushOutcome {
  const results: PushResult[] = [];
  const changes: Change[] = [];
  const context = hubContext(store, now, who.username, push.clientId, who.role);

  const decide = (envelope: MutationEnvelope): PushResult => {
    const { mutation, clientSeq } = envelope;
    const entity = entityOf(mutation.kind);
    const before = store.records.get(entity, mutation.id);
    const refuse = (reason: RefusalReason): PushResult => ({ clientSeq, ok: false, reason, current: before });
    if (envelope.withdrawn) return refuse('withdrawn');
    if (!canMutate(who.role, mutation.kind)) return refuse('forbidden');
    // A stale base is a conflict — no last writer wins. Only a create's (base 0 over an existing record) goes to
    // the kind first, whose own refusal says more: two desks booking one slot get 'slot_taken'. A kind's `rebase`
    // changes are decided on the current version: their apply checks what it finds.
    const stale = (before?.version ?? 0) !== envelope.baseVersion && !(before && rebases(mutation.kind));
    if (stale && envelope.baseVersion !== 0) return refuse('version_conflict');
    const applied = applyMutation(before, mutation, context);
    if (stale) return refuse(applied.ok ? 'version_conflict' : applied.reason);
    if (!applied.ok) return refuse(applied.reason);
    const made = { by: who.username, action: mutation.kind };
    const own = saveChange(store, entity, applied.record, now, { ...made, origin: { clientId: push.clientId, clientSeq } });
    changes.push(...own);
    for (const derived of applied.derived ?? [])
      changes.push(...saveChange(store, derivedEntity(derived), derived.record as SharedRecord, now, made));
    return { clientSeq, ok: true, seq: own[0]!.seq, record: applied.record };
  };

  store.transaction(() => {
    let last = store.clientMutations.lastSeq(push.clientId);
    for (const envelope of push.mutations) {
      if (envelope.clientSeq <= last) {
        const decided = store.clientMutations.decided(push.clientId, envelope.clientSeq);
        const same = decided?.mutationId === envelope.mutationId;
        results.push(same ? decided.result : { clientSeq: envelope.clientSeq, ok: false, reason: 'invalid', current: null });
        continue;
      }
      if (envelope.clientSeq !== last + 1) {
        results.push({ clientSeq: envelope.clientSeq, ok: false, reason: 'out_of_order', expected: last + 1 });
        break;
      }
      const result = decide(envelope);
      store.clientMutations.record(push.clientId, envelope.mutationId, who.username, result, now);
      results.push(result);
      last = envelope.clientSeq;
    }
  });
  return { results, changes };
}
