// Runs in: Node. Appends an accepted change of a court record to its case's audit chain, in the change's own
// transaction (src/shared/audit/audit-entry.ts): the chain's head is read inside it, so entries are numbered without
// gaps and in commit order. The entry is itself a record, logged and sent to the court roles like any change.
import { auditEntryId, GENESIS } from '../../shared/audit/audit-entry.ts';
import type { Change } from '../../shared/hub-protocol/changes.ts';
import { RECORD_KINDS } from '../../shared/records/registry.ts';
import { recordSha256, sealed } from '../../core/audit/hash.ts';
import type { HubStore } from '../store/hub-store.ts';

/** The entry for `change` when its kind is audited (null otherwise); `action` is the mutation that made it. */
export function auditEntryFor(store: HubStore, change: Change, by: string | null, action: string) {
  const chainOf = RECORD_KINDS[change.entity].auditChain as ((record: unknown) => string) | undefined;
  if (!chainOf) return null;
  const caseId = chainOf(change.data);
  const head = store.records.lastBetween('audit_entry', `${caseId}#`, `${caseId}$`);
  const n = (head?.n ?? 0) + 1;
  return sealed({
    id: auditEntryId(caseId, n),
    caseId,
    n,
    changeSeq: change.seq,
    at: change.at,
    by,
    clientId: change.origin?.clientId ?? null,
    entity: change.entity,
    recordId: change.id,
    recordVersion: change.data.version,
    action,
    dataSha256: recordSha256(change.data),
    prevHash: head?.hash ?? GENESIS,
    version: 1,
  });
}
