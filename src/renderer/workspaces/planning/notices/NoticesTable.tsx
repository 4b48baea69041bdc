// The notices as a table: who was notified, where, the category, when it was found, how and when it was notified, the
// deadline, the planned re-inspection as the operations have it now, the stage (with the trial wording when there is
// one), a mark for changes not yet with the hub, and the step the stage calls for — only where the role may take it.
import { useTranslation } from 'react-i18next';
import type { NoticeView } from '../../../../shared/api/insights.ts';
import type { UnsyncedState } from '../../../../shared/operations/types.ts';
import { ListTable } from '../../../components/ListTable.tsx';
import { formatDateTime } from '../../../i18n/format.ts';
import { deadlineText, placeText } from './notice-text.ts';
import { offenderText } from '../../../records-text/offender-text.ts';

const COLUMNS = ['offender', 'place', 'category', 'found', 'notification', 'deadline', 'reinspection', 'stage', 'sync', 'actions'] as const;
const SYNC_ICONS: Readonly<Record<UnsyncedState, string>> = { pending: '↻', conflict: '⚠' };

export type NoticeStep = 'notify' | 'reinspect';

/** The step a stage calls for, if any. */
export function stepOf(view: NoticeView): NoticeStep | null {
  if (view.stage === 'to_notify') return 'notify';
  return view.stage === 'running' || view.stage === 'to_reinspect' ? 'reinspect' : null;
}

interface NoticesTableProps {
  readonly views: readonly NoticeView[];
  /** The steps the signed-in role may take. */
  readonly may: Readonly<Record<NoticeStep, boolean>>;
  readonly onStep: (step: NoticeStep, view: NoticeView) => void;
}

export function NoticesTable({ views, may, onStep }: NoticesTableProps) {
  const { t } = useTranslation('notices');
  return (
    <ListTable
      className="notices-table"
      testId="notices-table"
      caption={t('caption')}
      columns={COLUMNS}
      columnLabel={(column) => t(`column.${column}`)}
    >
      {views.map((view) => (
        <NoticeRow key={view.notice.id} view={view} may={may} onStep={onStep} />
      ))}
    </ListTable>
  );
}

function NoticeRow({ view, may, onStep }: { readonly view: NoticeView } & Omit<NoticesTableProps, 'views'>) {
  const { t, i18n } = useTranslation('notices');
  const { t: tRecords } = useTranslation('records');
  const { t: tUi } = useTranslation();
  const { notice, stage, reinspection, unsynced } = view;
  const language = i18n.language;
  const offender = offenderText(tRecords, notice.record.offender);
  const step = stepOf(view);
  return (
    <tr data-notice-id={notice.id} data-stage={stage} data-testid="notice-row">
      <th scope="row">{offender}</th>
      <td>{placeText(t, notice)}</td>
      <td>{t(`category.${notice.category}`)}</td>
      <td className="notices-table__date">{formatDateTime(notice.record.occurredAt, language)}</td>
      <td>
        {notice.notification
          ? t('notified', {
              channel: t(`channel.${notice.notification.channel}`),
              date: formatDateTime(notice.notification.notifiedAt, language),
            })
          : t('notNotified')}
      </td>
      <td className="notices-table__date">{deadlineText(t, notice, language)}</td>
      <td data-testid="notice-reinspection">
        {reinspection
          ? t('reinspection', {
              date: formatDateTime(reinspection.plannedStart, language),
              status: tUi(`operationStatus.${reinspection.status}` as 'operationStatus.planned'),
            })
          : t('noReinspection')}
      </td>
      <td>
        <span className={`notice-stage notice-stage--${stage}`}>{t(`stage.${stage}`)}</span>
        {notice.variant && <span className="notices-table__variant"> · {t('variant', { label: notice.variant.key })}</span>}
      </td>
      <td>
        {unsynced && (
          <span className={`sync-state sync-state--${unsynced}`} title={t(`sync.${unsynced}`)} data-sync-state={unsynced}>
            <span aria-hidden="true">{SYNC_ICONS[unsynced]}</span> <span className="visually-hidden">{t(`sync.${unsynced}`)}</span>
          </span>
        )}
      </td>
      <td>
        {step && may[step] && (
          <button
            type="button"
            className="button"
            onClick={() => onStep(step, view)}
            aria-label={t(step === 'notify' ? 'action.notifyFor' : 'action.reinspectFor', { offender })}
            data-testid={`notice-${step}`}
          >
            {t(step === 'notify' ? 'action.notify' : 'action.reinspect')}
          </button>
        )}
      </td>
    </tr>
  );
}
