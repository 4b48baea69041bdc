// A change that did not go through (writes/use-mutation-write.ts), in the words of the place that sent it: the
// refusal's reason — the place's own sentence for the reasons it words itself, else the errors dictionary's — the
// role's limit, or the failure explained. Errors are announced at once (Notice's role=alert). Nothing for no notice
// or a done one (each place says "done" its own way).
import { useTranslation } from 'react-i18next';
import type { FormNotice } from '../operation-form/form-notice.ts';
import { refusalText } from '../writes/refusal-text.ts';
import { ApiErrorNotice } from './ApiErrorNotice.tsx';
import { Notice } from './Notice.tsx';

export interface WriteFailureTexts {
  /** The title over a failure explained. */
  readonly failed: string;
  /** The title before a refusal's reason or the role's limit. */
  readonly refused: string;
  readonly forbidden: string;
  /** The place's own sentence for a refusal reason, or undefined to say the errors dictionary's. */
  readonly refusal?: (reason: string) => string | undefined;
}

interface WriteFailureNoticeProps {
  readonly notice: FormNotice;
  readonly onDismiss: () => void;
  readonly texts: WriteFailureTexts;
  /** The refusal's data-testid. */
  readonly testId: string;
}

export function WriteFailureNotice({ notice, onDismiss, texts, testId }: WriteFailureNoticeProps) {
  const { t: tErrors } = useTranslation('errors');
  if (notice === null || notice.kind === 'info') return null;
  if (notice.kind === 'error') return <ApiErrorNotice error={notice.error} title={texts.failed} onDismiss={onDismiss} />;
  return (
    <Notice tone="error" onDismiss={onDismiss} testId={testId}>
      <strong className="notice__title">{texts.refused}</strong>{' '}
      {notice.kind === 'refused' ? (texts.refusal?.(notice.reason) ?? refusalText(tErrors, notice.reason)) : texts.forbidden}
    </Notice>
  );
}
