// How many local changes wait for the hub and how many it refused ('outbox.status', kept current by 'outbox.changed').
import type { OutboxStatus } from '../../shared/api/writes.ts';
import { useLiveQuery } from '../live/use-live-query.ts';

/** null before the core first answered (or while it cannot: a cache that is unavailable). */
export function useOutboxStatus(): OutboxStatus | null {
  return useLiveQuery('outbox.status', {}).value;
}
