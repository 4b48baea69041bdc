// Runs in: Node. Decides a console's push in one store transaction, mutation by mutation, in client-seq order:
//
//   seq ≤ last decided ──► the original result (a replay changes nothing)
//   seq > last + 1     ──► 'out_of_order' {expected}; the rest of the push is not looked at
//   seq = last + 1     ──► role may? ─► base version = current version? ─► applyMutation ─► save + change log
//                          (any "no" is a refusal, recorded like a success: the client's next seq follows it)
//
// The caller broadcasts the returned changes after the commit, and updates its in-memory units.
import type { Change } from '../../shared/live/protocol.ts';
import type { Unit } from '../../shared/live/units.ts';
import type { Operation } from '../../shared/operations/types.ts';
import { applyMutation, type RefusalReason } from '../../shared/sync/apply-mutation.ts';
import { canMutate } from '../../shared/sync/mutation-permissions.ts';
import type { SettingRecord } from '../../shared/records/setting-record.ts';
import { entityOf, type MutableEntity, type SharedRecord } from '../../shared/sync/mutations.ts';
import type { MutationEnvelope, PushRequest, PushResult } from '../../shared/sync/push-protocol.ts';
import type { ConsoleIdentity } from '../auth/handshake.ts';
import type { UnitBook } from '../live/unit-book.ts';
import type { HubStore } from '../store/hub-store.ts';

export interface PushOutcome {
  readonly results: PushResult[];
  readonly changes: Change[];
}

type Who = Pick<ConsoleIdentity, 'role' | 'username'>;

export function applyPush(store: HubStore, book: UnitBook, who: Who, push: PushRequest, now: number): PushOutcome {
  const units = new Map<string, Unit>(); // units changed earlier in this push (the book learns them after commit)
  const results: PushResult[] = [];
  const changes: Change[] = [];
  const current = (entity: MutableEntity, id: string): SharedRecord | null =>
    entity === 'unit'
      ? (units.get(id) ?? book.unit(id) ?? null)
      : entity === 'operation'
        ? store.operations.get(id)
        : store.records.get(entity, id);

  const personName = (id: string) => store.records.get('person', id)?.name ?? null;

  const decide = (envelope: MutationEnvelope): PushResult => {
    const { mutation, clientSeq } = envelope;
    const entity = entityOf(mutation.kind);
    const before = current(entity, mutation.id);
    const refuse = (reason: RefusalReason): PushResult => ({ clientSeq, ok: false, reason, current: before });
    if (envelope.withdrawn) return refuse('withdrawn');
    if (!canMutate(who.role, mutation.kind)) return refuse('forbidden');
    if ((before?.version ?? 0) !== envelope.baseVersion) return refuse('version_conflict');
    const applied = applyMutation(before, mutation, { now, by: who.username, personName });
    if (!applied.ok) return refuse(applied.reason);
    const origin = { clientId: push.clientId, clientSeq };
    const base = { at: now, id: mutation.id, origin };
    if (entity === 'unit') {
      const unit = applied.record as Unit;
      store.units.save(unit, now);
      units.set(unit.id, unit);
      changes.push(store.changes.append({ ...base, entity: 'unit', data: unit }));
    } else if (entity === 'operation') {
      const operation = applied.record as Operation;
      store.operations.save(operation, now);
      changes.push(store.changes.append({ ...base, entity: 'operation', data: operation }));
    } else {
      const setting = applied.record as SettingRecord;
      store.records.save('setting', setting, now);
      changes.push(store.changes.append({ ...base, entity: 'setting', data: setting }));
    }
    const seq = changes.at(-1)!.seq;
    for (const courtCase of applied.derived ?? []) {
      store.records.save('court_case', courtCase, now);
      changes.push(store.changes.append({ at: now, id: courtCase.id, entity: 'court_case', data: courtCase }));
    }
    return { clientSeq, ok: true, seq, record: applied.record };
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
  for (const unit of units.values()) book.setUnit(unit);
  return { results, changes };
}
