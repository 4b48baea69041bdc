// A FormNotice (form-notice.ts) as the operation dialog shows it.
import { useTranslation } from 'react-i18next';
import { ApiErrorNotice } from '../components/ApiErrorNotice.tsx';
import { Notice } from '../components/Notice.tsx';
import { refusalText } from '../writes/refusal-text.ts';
import type { FormNotice } from './form-notice.ts';

export function FormNoticeView({ notice, onDismiss }: { readonly notice: FormNotice; readonly onDismiss: () => void }) {
  const { t } = useTranslation();
  const { t: tErrors } = useTranslation('errors');
  if (notice === null) return null;
  switch (notice.kind) {
    case 'info':
      return (
        <Notice tone="success" onDismiss={onDismiss} testId="operation-form-info">
          {notice.message}
        </Notice>
      );
    case 'refused':
      return (
        <Notice tone="error" onDismiss={onDismiss} testId="operation-form-refused">
          <strong className="notice__title">{t('operationForm.refusedTitle')}</strong> <span>{refusalText(tErrors, notice.reason)}</span>
        </Notice>
      );
    case 'forbidden':
      return (
        <Notice tone="error" onDismiss={onDismiss} testId="operation-form-refused">
          {t('operationForm.forbidden')}
        </Notice>
      );
    case 'error':
      return <ApiErrorNotice error={notice.error} title={t('operationForm.saveFailed')} onDismiss={onDismiss} />;
  }
}
