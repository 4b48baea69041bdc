// The operation's timeline: every status change, when (Córdoba time), to what and by whom — as the hub recorded
// it (the write path appends an entry on each transition).
import { useTranslation } from 'react-i18next';
import type { Operation } from '../../shared/operations/types.ts';
import { formatDateTime } from '../i18n/format.ts';
import { useRecordsText } from '../records-text/use-records-text.ts';

export function OperationTimeline({ operation }: { readonly operation: Operation }) {
  const { t, i18n } = useTranslation();
  const text = useRecordsText();
  const entries = operation.details?.timeline ?? [];
  if (!entries.length) return null;
  return (
    <section className="close-form__section" aria-label={text.t('timeline.title')} data-testid="operation-timeline">
      <h4 className="close-form__heading">{text.t('timeline.title')}</h4>
      <ol className="operation-timeline">
        {entries.map((entry, index) => (
          <li key={index}>
            {text.t('timeline.entry', { at: formatDateTime(entry.at, i18n.language), status: t(`operationStatus.${entry.status}`) })}
            {entry.by && ` ${text.t('timeline.by', { by: entry.by })}`}
            {entry.reason && ` ${text.t('timeline.reason', { reason: entry.reason })}`}
          </li>
        ))}
      </ol>
    </section>
  );
}
