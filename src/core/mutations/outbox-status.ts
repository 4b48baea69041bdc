// Runs in: Node. How many local changes wait for the hub and how many it refused (the header's counters).
import type { OutboxStatus } from '../../shared/api/writes.ts';
import type { Cache } from '../cache/cache.ts';

export const outboxStatus = (cache: Cache): OutboxStatus => ({ pending: cache.outbox.count(), conflicts: cache.conflicts.count() });
