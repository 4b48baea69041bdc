// The operations grid's message when it has no rows. While a first sync has not brought the hub's operations yet
// (sync-progress.ts: firstSyncPending) an empty grid means "not here yet", so it says the console is still
// receiving them rather than "no operations match". A React overlay rather than AG Grid's localeText: that is
// read once when the grid is created, and this message must change when the sync does (the overlay stays up
// while the count is still 0, e.g. a hub with no operations).
import { useTranslation } from 'react-i18next';
import { useSyncStatus } from '../../live/SyncStatusContext.tsx';
import { firstSyncPending } from '../../live/sync-progress.ts';

export function OperationsEmptyOverlay() {
  const { t } = useTranslation();
  const receiving = firstSyncPending(useSyncStatus());
  return (
    <span className="ag-overlay-no-rows-center" data-testid="operations-empty" data-receiving={receiving || undefined}>
      {receiving ? t('syncProgress.gridReceiving') : t('grid.noRowsToShow')}
    </span>
  );
}
