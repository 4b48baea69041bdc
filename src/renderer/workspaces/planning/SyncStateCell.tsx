// The operations grid's narrow sync column: an icon for a row with local changes the hub has not accepted yet
// (pending) or has refused (conflict), with its meaning as text for screen readers and as a tooltip. Rows in
// step with the hub show nothing.
import type { CustomCellRendererProps } from 'ag-grid-react';
import { useTranslation } from 'react-i18next';
import type { OperationRow, RecordSyncState } from '../../../shared/operations/types.ts';

const ICONS: Record<Exclude<RecordSyncState, 'synced'>, string> = { pending: '↻', conflict: '⚠' };

export function SyncStateCell({ value }: CustomCellRendererProps<OperationRow, RecordSyncState>) {
  const { t } = useTranslation();
  if (value !== 'pending' && value !== 'conflict') return null;
  const label = t(`syncState.${value}`);
  return (
    <span className={`sync-state sync-state--${value}`} title={label} data-sync-state={value}>
      <span className="sync-state__icon" aria-hidden="true">
        {ICONS[value]}
      </span>
      <span className="visually-hidden">{label}</span>
    </span>
  );
}
