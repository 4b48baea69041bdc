// The header's "3 cambios sin sincronizar" beside the hub connection indicator: local changes committed to the
// cache and waiting for the hub. At 0 only a check mark (the header is crowded), saying "Todo sincronizado" to
// screen readers and as a tooltip; nothing before the core first answered.
import { useTranslation } from 'react-i18next';
import type { OutboxStatus } from '../../shared/api/writes.ts';
import { formatNumber } from '../i18n/format.ts';

export function PendingChangesIndicator({ status }: { readonly status: OutboxStatus | null }) {
  const { t, i18n } = useTranslation();
  if (status === null) return null;
  const { pending } = status;
  const text =
    pending > 0 ? t('outbox.pending', { count: pending, formatted: formatNumber(pending, i18n.language) }) : t('outbox.allSynced');
  return (
    <p
      className={`pending-changes${pending > 0 ? ' pending-changes--waiting' : ''}`}
      role="status"
      title={text}
      data-testid="pending-changes"
      data-pending={pending}
    >
      <span className="pending-changes__icon" aria-hidden="true">
        {pending > 0 ? '↻' : '✓'}
      </span>
      <span className={pending > 0 ? undefined : 'visually-hidden'}>{text}</span>
    </p>
  );
}
