// «Registrar notificación»: the channel and when the owner was notified; before saving, the deadline that gives and
// the day the re-inspection is planned for, and the notice-wording trial's variant when a trial covers the notice
// (chosen by the trial's seed, never by the person). The rules are notify-form.ts's.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { uuidv7 } from '../../../../shared/ids/uuidv7.ts';
import { NOTIFICATION_CHANNELS } from '../../../../shared/records/court-case-schema.ts';
import type { Notice } from '../../../../shared/records/notice-schema.ts';
import { FormField } from '../../../components/FormField.tsx';
import { formatDateTime, formatIsoDate } from '../../../i18n/format.ts';
import { NoticeDialog, type NoticeDialogDone } from './NoticeDialog.tsx';
import { offenderText } from '../../../records-text/offender-text.ts';
import {
  checkNotify,
  initialNotifyValues,
  notifiedInstant,
  notifyPreview,
  trialWording,
  type NotifyField,
  type NotifyProblem,
  type NotifyValues,
} from './notify-form.ts';
import { useNoticeRules } from './use-notice-rules.ts';

export function NotifyDialog({ notice, onClose, onDone, focusAfterDone }: NoticeDialogDone & { readonly notice: Notice }) {
  const { t, i18n } = useTranslation('notices');
  const { t: tRecords } = useTranslation('records');
  const id = useId().replace(/:/g, '');
  const rules = useNoticeRules();
  const [reinspectionId] = useState(() => uuidv7());
  // The preview's plan is timed from the notification, not from now: the dialog's opening serves as its "now".
  const [openedAt] = useState(Date.now);
  const [values, setValues] = useState<NotifyValues>(() => initialNotifyValues(Date.now()));
  const [problems, setProblems] = useState<Partial<Record<NotifyField, NotifyProblem>>>({});

  const set = (field: NotifyField) => (value: string) => {
    setValues((v) => ({ ...v, [field]: value }));
    setProblems((current) => {
      const rest = { ...current };
      delete rest[field];
      return rest;
    });
  };
  const problem = (field: NotifyField) => {
    const code = problems[field];
    return code ? t(`problem.${code}`, { date: formatDateTime(notice.record.occurredAt, i18n.language) }) : null;
  };

  const at = notifiedInstant(values);
  const preview = at === null ? null : notifyPreview(notice, at, { settings: rules.settings, reinspectionId, now: openedAt });
  const wording = at === null ? null : trialWording(notice, rules.trials, at);

  const prepare = () => {
    const checked = checkNotify(notice, values, { ...rules, reinspectionId, now: Date.now() });
    setProblems(checked.ok ? {} : checked.problems);
    return checked.ok ? checked.mutation : null;
  };

  return (
    <NoticeDialog
      title={t('notify.title')}
      explain={t('notify.explain', { offender: offenderText(tRecords, notice.record.offender) })}
      submitLabel={t('notify.submit')}
      testId="notice-notify-dialog"
      problemCount={Object.keys(problems).length}
      prepare={prepare}
      onClose={onClose}
      onDone={() => onDone(t('notify.done'))}
      focusAfterDone={focusAfterDone}
    >
      <FormField id={`${id}-channel`} label={t('notify.channel')} layout="group" problem={problem('channel')}>
        {NOTIFICATION_CHANNELS.map((channel) => (
          <label key={channel} className="form-check">
            <input
              type="radio"
              name={`${id}-channel`}
              value={channel}
              checked={values.channel === channel}
              onChange={() => set('channel')(channel)}
            />{' '}
            {t(`channel.${channel}`)}
          </label>
        ))}
      </FormField>
      <FormField id={`${id}-at`} label={t('notify.notifiedAt')} hint={t('notify.notifiedAtHint')} problem={problem('notifiedAt')}>
        {(control) => (
          <input
            className="form-control"
            type="datetime-local"
            value={values.notifiedAt}
            onChange={(event) => set('notifiedAt')(event.target.value)}
            data-testid="notify-at"
            {...control}
          />
        )}
      </FormField>
      <div className="notice-dialog__preview" role="status" data-testid="notify-preview">
        <p>
          {at === null
            ? t('notify.deadlinePending')
            : preview === null
              ? t('notify.noDeadline')
              : t('notify.deadline', {
                  lastDay: formatIsoDate(preview.lastDay, i18n.language),
                  reinspection: formatDateTime(preview.reinspectionStart, i18n.language),
                })}
        </p>
        <p data-testid="notify-wording">
          {wording ? t('notify.trial', { label: wording.variant.label, trial: wording.trial.definition.name }) : t('notify.noTrial')}
        </p>
      </div>
    </NoticeDialog>
  );
}
