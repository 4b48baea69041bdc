// Says how the CSV export goes: a polite "exporting N operations" while a large one runs, then the file's name
// and size, or why it was refused (too many rows, nothing to export, another export running).
import { useTranslation } from 'react-i18next';
import { MAX_EXPORT_ROWS } from '../../../shared/operations/export.ts';
import { ApiErrorNotice } from '../../components/ApiErrorNotice.tsx';
import { Notice } from '../../components/Notice.tsx';
import { formatNumber } from '../../i18n/format.ts';
import { formatFileSize, LARGE_EXPORT_ROWS } from './csv-export.ts';
import type { CsvExportState } from './use-csv-export.ts';

export function CsvExportNotice({ state, onDismiss }: { readonly state: CsvExportState; readonly onDismiss: () => void }) {
  const { t, i18n } = useTranslation();
  const count = (n: number) => ({ count: n, formatted: formatNumber(n, i18n.language) });
  switch (state.phase) {
    case 'idle':
      return null;
    case 'running':
      return state.total !== null && state.total >= LARGE_EXPORT_ROWS ? (
        <Notice tone="warning" testId="csv-export-running">
          {t('csvExport.started', count(state.total))}
        </Notice>
      ) : null;
    case 'done':
      return (
        <Notice tone="success" onDismiss={onDismiss} testId="csv-export-done">
          {t('csvExport.done', {
            ...count(state.result.rows),
            size: formatFileSize(state.result.bytes, i18n.language),
            fileName: state.result.fileName,
          })}
        </Notice>
      );
    case 'refused':
      return (
        <Notice tone="warning" onDismiss={onDismiss} testId="csv-export-refused">
          {state.reason === 'tooLarge'
            ? t('csvExport.tooLarge', { ...count(state.total ?? MAX_EXPORT_ROWS + 1), max: formatNumber(MAX_EXPORT_ROWS, i18n.language) })
            : state.reason === 'busy'
              ? t('csvExport.alreadyRunning')
              : t('csvExport.empty')}
        </Notice>
      );
    case 'failed':
      return <ApiErrorNotice error={state.error} title={t('csvExport.failed')} onDismiss={onDismiss} />;
  }
}
