// Runs in: Node. The audit check over the hub's own store: every chain, with each record as the hub keeps it
// (at the hub every change of an audited record has its entry, so nothing is "local").
import type { AuditReport } from '../../shared/api/court.ts';
import { isRecordEntity } from '../../shared/records/registry.ts';
import { chainLinkOf, verifyChains, type ChainLink } from '../../core/audit/verify-chains.ts';
import type { HubStore } from '../store/hub-store.ts';

function* linksOf(store: HubStore): Generator<ChainLink> {
  for (const entry of store.records.each('audit_entry')) yield chainLinkOf(entry);
}

export function verifyHubChains(store: HubStore): AuditReport {
  return verifyChains({
    links: () => linksOf(store),
    stored: (entity, id) => (isRecordEntity(entity) ? store.records.stored(entity, id) : null),
    isLocal: () => false,
  });
}
