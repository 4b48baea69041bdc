// A court document of a hearing as a PDF: the cédula de citación or the acta de audiencia. The core draws it into the
// data folder's exports/ ('court.document', in the user's language) and answers with a one-time token, which the
// host serves once as a download (download.ts). Busy while the PDF is drawn; a refusal (the hearing or its case not
// complete in this cache, a setting missing) is said in words next to the button.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../../../../shared/api/prefs.ts';
import type { CourtDocumentKind } from '../../../../shared/api/court.ts';
import { isOneOf } from '../../../../shared/util/one-of.ts';
import { useApi } from '../../../api/ApiContext.tsx';
import { ApiErrorNotice } from '../../../components/ApiErrorNotice.tsx';
import { refusalReason } from '../../../writes/refusal-text.ts';
import { startDownload } from '../../../api/export-download.ts';

type DocumentState =
  | { readonly phase: 'idle' }
  | { readonly phase: 'busy' }
  | { readonly phase: 'done'; readonly fileName: string }
  | { readonly phase: 'refused'; readonly reason: 'notFound' | 'missingSettings' }
  | { readonly phase: 'failed'; readonly error: unknown };

export function DocumentButton({ hearingId, document }: { readonly hearingId: string; readonly document: CourtDocumentKind }) {
  const { t, i18n } = useTranslation('hearings');
  const api = useApi();
  const [state, setState] = useState<DocumentState>({ phase: 'idle' });
  const busy = state.phase === 'busy';

  const run = async () => {
    if (busy) return;
    setState({ phase: 'busy' });
    try {
      const language = isOneOf(LANGUAGES, i18n.language) ? i18n.language : undefined;
      const result = await api.call('court.document', { document, hearingId, ...(language && { language }) });
      startDownload(result.download, result.fileName);
      setState({ phase: 'done', fileName: result.fileName });
    } catch (error) {
      const reason = refusalReason(error);
      if (reason === 'not_found') setState({ phase: 'refused', reason: 'notFound' });
      else if (reason === 'missing_settings') setState({ phase: 'refused', reason: 'missingSettings' });
      else setState({ phase: 'failed', error });
    }
  };

  return (
    <span className="document-button">
      <button
        type="button"
        className="button"
        onClick={() => void run()}
        disabled={busy}
        aria-busy={busy}
        data-testid="document-button"
        data-document={document}
      >
        {busy ? t('document.busy') : t(`document.${document}`)}
      </button>
      <span role="status" className="document-button__status">
        {state.phase === 'done' && t('document.done', { fileName: state.fileName })}
        {state.phase === 'refused' && <span className="form-field__error">{t(`document.${state.reason}`)}</span>}
      </span>
      {state.phase === 'failed' && (
        <ApiErrorNotice error={state.error} title={t('document.failed')} onDismiss={() => setState({ phase: 'idle' })} />
      )}
    </span>
  );
}
