// What came of a change from the incident panel: done (politely), or what did not go through in the incident desk's
// words (components/WriteFailureNotice.tsx).
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../../components/Notice.tsx';
import { WriteFailureNotice, type WriteFailureTexts } from '../../../components/WriteFailureNotice.tsx';
import type { FormNotice } from '../../../operation-form/form-notice.ts';

export function WriteNotice({ notice, onDismiss }: { readonly notice: FormNotice; readonly onDismiss: () => void }) {
  const { t } = useTranslation('incidentDesk');
  if (notice?.kind === 'info')
    return (
      <Notice tone="success" onDismiss={onDismiss} testId="incident-write-done">
        {notice.message}
      </Notice>
    );
  return <WriteFailureNotice notice={notice} onDismiss={onDismiss} texts={incidentFailureTexts(t)} testId={INCIDENT_REFUSED_TEST_ID} />;
}

export const INCIDENT_REFUSED_TEST_ID = 'incident-write-refused';

/** What did not go through, in the incident desk's words (also its dialogs', IncidentDialog.tsx). */
export const incidentFailureTexts = (t: TFunction<'incidentDesk'>): WriteFailureTexts => ({
  failed: t('write.failed'),
  refused: t('write.refused'),
  forbidden: t('write.forbidden'),
});
