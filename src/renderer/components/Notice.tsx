// A message strip inside the page: errors are announced at once (role=alert), other notices politely.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface NoticeProps {
  readonly tone: 'error' | 'warning' | 'success';
  readonly children: ReactNode;
  readonly onDismiss?: () => void;
  readonly testId?: string;
}

export function Notice({ tone, children, onDismiss, testId }: NoticeProps) {
  const { t } = useTranslation();
  return (
    <div className={`notice notice--${tone}`} role={tone === 'error' ? 'alert' : 'status'} data-testid={testId}>
      <div className="notice__body">{children}</div>
      {onDismiss && (
        <button type="button" className="notice__dismiss" onClick={onDismiss} aria-label={t('notice.dismiss')}>
          <span aria-hidden="true">×</span>
        </button>
      )}
    </div>
  );
}
