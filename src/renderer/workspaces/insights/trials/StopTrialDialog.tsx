// «Detener»: asks before stopping a trial (it cannot be undone), then sends 'notice_trial.stop'.
import { useTranslation } from 'react-i18next';
import type { NoticeTrial } from '../../../../shared/records/notice-trial-schema.ts';
import { MutationDialog } from '../../../components/MutationDialog.tsx';
import { useTrialDialogTexts } from './use-trial-dialog-texts.ts';

interface StopTrialDialogProps {
  readonly trial: NoticeTrial;
  readonly onClose: () => void;
  readonly onDone: () => void;
  /** Where focus goes once stopped (the «Detener» button that opened it is gone). */
  readonly focusAfterDone: () => HTMLElement | null;
}

export function StopTrialDialog({ trial, onClose, onDone, focusAfterDone }: StopTrialDialogProps) {
  const { t } = useTranslation('insightsStudies');
  const { labels, failure } = useTrialDialogTexts(t('trials.stopDialog.submit'));
  return (
    <MutationDialog
      title={t('trials.stopDialog.title')}
      explain={t('trials.stopDialog.explain', { name: trial.definition.name })}
      labels={labels}
      className="trial-dialog"
      testId="trial-stop-dialog"
      submitTestId="trial-stop-submit"
      problemCount={0}
      failure={failure}
      failureTestId="trial-refused"
      prepare={() => ({ kind: 'notice_trial.stop', id: trial.id })}
      onClose={onClose}
      onDone={onDone}
      focusAfterDone={focusAfterDone}
    />
  );
}
