// Runs in: Node. The audit check over a console's cache: the chains it received, each record as the cache keeps
// it — where a record is further on because of this console's own change not yet with the hub, that is no break.
import type { AuditReport } from '../../shared/api/court.ts';
import {
  GENERIC_CACHE_ENTITIES,
  isRecordEntity,
  RECORD_ENTITIES,
  RECORD_KINDS,
  type GenericCacheEntity,
} from '../../shared/records/registry.ts';
import type { Cache } from '../cache/cache.ts';
import { recordStore } from '../records/record-store.ts';
import { verifyChains } from './verify-chains.ts';

/** The kinds whose changes join a chain (court cases and hearings). */
const AUDITED = RECORD_ENTITIES.filter((entity) => RECORD_KINDS[entity].auditChain !== undefined);
const isGenericCacheEntity = (entity: string): entity is GenericCacheEntity => (GENERIC_CACHE_ENTITIES as string[]).includes(entity);

/** A record's stored text: the generic table's own (canonical JSON), or one of its own table's records as JSON. */
function storedOf(cache: Cache, entity: string, id: string): { version: number; json: string } | null {
  if (isGenericCacheEntity(entity)) return cache.records.stored(entity, id);
  const record = isRecordEntity(entity) ? recordStore(cache, entity).get(id) : null;
  return record ? { version: record.version, json: JSON.stringify(record) } : null;
}

export function verifyCacheChains(cache: Cache, caseId?: string): AuditReport {
  const local = new Set<string>();
  for (const entity of AUDITED) {
    for (const id of [...cache.outbox.pendingIds(entity), ...cache.conflicts.recordIds(entity)]) local.add(`${entity}\n${id}`);
  }
  return verifyChains({
    links: () => cache.audit.links(caseId),
    stored: (entity, id) => storedOf(cache, entity, id),
    isLocal: (entity, id) => local.has(`${entity}\n${id}`),
  });
}
