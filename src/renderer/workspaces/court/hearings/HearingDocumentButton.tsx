// A court document of a hearing as a PDF: the cédula de citación or the acta de audiencia ('court.document', drawn by
// the core from the cache's records; components/DocumentButton.tsx downloads it). A hearing or case not complete in
// this cache, or a setting missing, is a refusal said in words next to the button.
import { useTranslation } from 'react-i18next';
import type { CourtDocumentKind } from '../../../../shared/api/court.ts';
import { useApi } from '../../../api/ApiContext.tsx';
import { DocumentButton } from '../../../components/DocumentButton.tsx';

export function HearingDocumentButton({ hearingId, document }: { readonly hearingId: string; readonly document: CourtDocumentKind }) {
  const { t } = useTranslation('hearings');
  const api = useApi();
  const texts = {
    label: t(`document.${document}`),
    busy: t('document.busy'),
    done: (fileName: string) => t('document.done', { fileName }),
    failed: t('document.failed'),
    refusals: { not_found: t('document.notFound'), missing_settings: t('document.missingSettings') },
  };
  return (
    <DocumentButton
      texts={texts}
      kind={document}
      request={(language) => api.call('court.document', { document, hearingId, ...(language && { language }) })}
    />
  );
}
