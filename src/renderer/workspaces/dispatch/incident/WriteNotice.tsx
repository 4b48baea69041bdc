// What came of a change from the incident panel: done (politely), refused with the reason in words, the role's
// limit, or the failure explained (errors are announced at once: Notice's role=alert).
import { useTranslation } from 'react-i18next';
import { ApiErrorNotice } from '../../../components/ApiErrorNotice.tsx';
import { Notice } from '../../../components/Notice.tsx';
import type { FormNotice } from '../../../operation-form/form-notice.ts';
import { refusalText } from '../../../writes/refusal-text.ts';

export function WriteNotice({ notice, onDismiss }: { readonly notice: FormNotice; readonly onDismiss: () => void }) {
  const { t } = useTranslation('incidentDesk');
  const { t: tErrors } = useTranslation('errors');
  if (notice === null) return null;
  if (notice.kind === 'info')
    return (
      <Notice tone="success" onDismiss={onDismiss} testId="incident-write-done">
        {notice.message}
      </Notice>
    );
  if (notice.kind === 'error') return <ApiErrorNotice error={notice.error} title={t('write.failed')} onDismiss={onDismiss} />;
  return (
    <Notice tone="error" onDismiss={onDismiss} testId="incident-write-refused">
      <strong className="notice__title">{t('write.refused')}</strong>{' '}
      {notice.kind === 'refused' ? refusalText(tErrors, notice.reason) : t('write.forbidden')}
    </Notice>
  );
}
