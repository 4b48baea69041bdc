// A hearing write that failed: a refusal in the desk's words (refusal.ts), anything else as the API error it was.
import { useTranslation } from 'react-i18next';
import { ApiErrorNotice } from '../../../components/ApiErrorNotice.tsx';
import { Notice } from '../../../components/Notice.tsx';
import { hearingRefusal } from './refusal.ts';

export function WriteFailure({ error, title }: { readonly error: unknown; readonly title: string }) {
  const { t } = useTranslation('hearings');
  const refusal = hearingRefusal(error);
  if (refusal === null) return <ApiErrorNotice error={error} title={title} />;
  return (
    <Notice tone="error" testId="hearing-refusal">
      <strong className="notice__title">{title}</strong> {t(`refusal.${refusal}`)}
    </Notice>
  );
}
