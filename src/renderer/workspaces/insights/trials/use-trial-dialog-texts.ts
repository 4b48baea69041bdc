// The words both trial dialogs (NewTrialDialog, StopTrialDialog) share: the frame of the form (only the send button
// differs) and what did not go through — the refusals a trial can meet in the trials' own words (a start before
// today, a trial already over), any other refusal as the errors dictionary says it.
import { useTranslation } from 'react-i18next';
import { isOneOf } from '../../../../shared/util/one-of.ts';
import type { WriteDialogLabels } from '../../../components/WriteDialog.tsx';
import type { WriteFailureTexts } from '../../../components/WriteFailureNotice.tsx';

const TRIAL_REFUSALS = ['retroactive', 'not_editable', 'already_exists'] as const;

export function useTrialDialogTexts(submit: string): { readonly labels: WriteDialogLabels; readonly failure: WriteFailureTexts } {
  const { t } = useTranslation('insightsStudies');
  return {
    labels: {
      close: t('trials.form.close'),
      submit,
      saving: t('trials.form.saving'),
      cancel: t('trials.form.cancel'),
      problems: (count) => t('trials.form.problems', { count }),
    },
    failure: {
      failed: t('trials.failed'),
      refused: t('trials.refused'),
      forbidden: t('trials.forbidden'),
      refusal: (reason) => (isOneOf(TRIAL_REFUSALS, reason) ? t(`trials.refusal.${reason}`) : undefined),
    },
  };
}
