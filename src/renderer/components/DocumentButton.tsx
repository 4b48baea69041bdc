// A document the core draws as a PDF — a hearing's cédula or acta (Tribunal), the monthly report (Indicadores). The
// core writes it into the data folder's exports/ in the user's language and answers with a one-time token, which the
// host serves once as a download (export-download.ts). Busy while the PDF is drawn; a refusal the caller words (the
// record not complete in this cache, a setting missing) is said next to the button, any other failure explained.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../../shared/api/prefs.ts';
import { isOneOf } from '../../shared/util/one-of.ts';
import { startDownload } from '../api/export-download.ts';
import { refusalReason } from '../writes/refusal-text.ts';
import { ApiErrorNotice } from './ApiErrorNotice.tsx';

export interface DocumentTexts {
  readonly label: string;
  readonly busy: string;
  readonly done: (fileName: string) => string;
  readonly failed: string;
  /** Sentences for the refusal reasons the caller expects ('not_found', …); any other refusal is a failure. */
  readonly refusals: Readonly<Record<string, string>>;
}

interface DocumentButtonProps {
  readonly texts: DocumentTexts;
  /** Asks the core for the document, in the page's language when the core has it. */
  readonly request: (language: Language | undefined) => Promise<{ readonly download: string; readonly fileName: string }>;
  /** Which document (data-document, for tests and styles). */
  readonly kind: string;
  readonly disabled?: boolean;
}

type DocumentState =
  | { readonly phase: 'idle' }
  | { readonly phase: 'busy' }
  | { readonly phase: 'done'; readonly fileName: string }
  | { readonly phase: 'refused'; readonly sentence: string }
  | { readonly phase: 'failed'; readonly error: unknown };

export function DocumentButton({ texts, request, kind, disabled = false }: DocumentButtonProps) {
  const { i18n } = useTranslation();
  const [state, setState] = useState<DocumentState>({ phase: 'idle' });
  const busy = state.phase === 'busy';

  const run = async () => {
    if (busy) return;
    setState({ phase: 'busy' });
    try {
      const result = await request(isOneOf(LANGUAGES, i18n.language) ? i18n.language : undefined);
      startDownload(result.download, result.fileName);
      setState({ phase: 'done', fileName: result.fileName });
    } catch (error) {
      const sentence = texts.refusals[refusalReason(error) ?? ''];
      setState(sentence === undefined ? { phase: 'failed', error } : { phase: 'refused', sentence });
    }
  };

  return (
    <span className="document-button">
      <button
        type="button"
        className="button"
        onClick={() => void run()}
        disabled={busy || disabled}
        aria-busy={busy}
        data-testid="document-button"
        data-document={kind}
      >
        {busy ? texts.busy : texts.label}
      </button>
      <span role="status" className="document-button__status">
        {state.phase === 'done' && texts.done(state.fileName)}
        {state.phase === 'refused' && <span className="form-field__error">{state.sentence}</span>}
      </span>
      {state.phase === 'failed' && (
        <ApiErrorNotice error={state.error} title={texts.failed} onDismiss={() => setState({ phase: 'idle' })} />
      )}
    </span>
  );
}
