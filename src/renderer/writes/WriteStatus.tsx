// The header's view of local changes: how many wait for the hub, and the conflict inbox's badge (shown while
// the hub has refused some). One 'outbox.status' subscription for both.
import { ConflictInbox } from './ConflictInbox.tsx';
import { PendingChangesIndicator } from './PendingChangesIndicator.tsx';
import { useOutboxStatus } from './use-outbox-status.ts';

export function WriteStatus() {
  const status = useOutboxStatus();
  return (
    <div className="write-status">
      <PendingChangesIndicator status={status} />
      <ConflictInbox count={status?.conflicts ?? 0} />
    </div>
  );
}
