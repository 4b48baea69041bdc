// What the intake form says above its buttons when recording did not go through: the refusal in words, the role's
// limit, or the failed call itself.
import { useTranslation } from 'react-i18next';
import { ApiErrorNotice } from '../../../components/ApiErrorNotice.tsx';
import { Notice } from '../../../components/Notice.tsx';
import type { FormNotice } from '../../../operation-form/form-notice.ts';
import { refusalText } from '../../../writes/refusal-text.ts';

export function IntakeNotice({ notice, onDismiss }: { readonly notice: FormNotice; readonly onDismiss: () => void }) {
  const { t } = useTranslation('intake');
  const { t: tErrors } = useTranslation('errors');
  if (notice === null) return null;
  switch (notice.kind) {
    case 'refused':
      return (
        <Notice tone="error" onDismiss={onDismiss} testId="intake-refused">
          {t('refused', { reason: refusalText(tErrors, notice.reason) })}
        </Notice>
      );
    case 'forbidden':
      return (
        <Notice tone="error" onDismiss={onDismiss} testId="intake-refused">
          {t('forbidden')}
        </Notice>
      );
    case 'error':
      return <ApiErrorNotice error={notice.error} title={t('failed')} onDismiss={onDismiss} />;
    case 'info':
      return (
        <Notice tone="success" onDismiss={onDismiss}>
          {notice.message}
        </Notice>
      );
  }
}
