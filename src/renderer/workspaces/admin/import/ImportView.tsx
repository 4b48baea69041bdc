// Administración → Importar: people, vehicles or instruments from a CSV. The person chooses the kind (its columns
// and «Descargar plantilla», written by the shared encoder), picks a file (its size and encoding checked before it
// is sent: import-file.ts), «Revisar» asks the core to check every row and shows the report, and «Importar N filas»
// is enabled only when no row is refused — the core then queues every row at once, or none. What is accepted or
// refused is the core's (shared/import); this view only shows it.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportResult } from '../../../../shared/api/import.ts';
import { IMPORT_LIMITS } from '../../../../shared/import/csv-reader.ts';
import { IMPORT_KINDS, ROW_SPECS, type ImportKind } from '../../../../shared/import/import-kinds.ts';
import { importTemplate } from '../../../../shared/import/import-template.ts';
import type { ImportReport } from '../../../../shared/import/problems.ts';
import { useApi } from '../../../api/ApiContext.tsx';
import { ApiErrorNotice } from '../../../components/ApiErrorNotice.tsx';
import { FormField } from '../../../components/FormField.tsx';
import { Notice } from '../../../components/Notice.tsx';
import { describeApiError } from '../../../errors/describe-api-error.ts';
import { formatNumber } from '../../../i18n/format.ts';
import { readImportFile, type ImportFile } from './import-file.ts';
import { ImportReportTable } from './ImportReportTable.tsx';
import './import.css';

const KB = 1024;

type Loaded = Extract<ImportFile, { ok: true }>;
type Failure = { readonly what: 'checkFailed' | 'applyFailed'; readonly error: unknown };

export function ImportView() {
  const { t, i18n } = useTranslation('import');
  const api = useApi();
  const id = useId().replace(/:/g, '');
  const [kind, setKind] = useState<ImportKind>('instruments');
  const [file, setFile] = useState<ImportFile | null>(null);
  // A new input after an import, so the same file name can be chosen again.
  const [inputKey, setInputKey] = useState(0);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [busy, setBusy] = useState<'check' | 'apply' | null>(null);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [imported, setImported] = useState<number | null>(null);
  const loaded: Loaded | null = file?.ok ? file : null;
  const kb = (bytes: number) => formatNumber(Math.ceil(bytes / KB), i18n.language);

  const restart = () => {
    setReport(null);
    setFailure(null);
    setImported(null);
  };
  const choose = async (chosen: File | undefined) => {
    restart();
    setFile(chosen ? await readImportFile(chosen) : null);
  };
  /** Done: the success message and a fresh form. Refused after all (the cache changed since the check): the new report. */
  const imports = (result: ImportResult) => {
    if (result.imported === 0) return setReport(result);
    setImported(result.imported);
    setReport(null);
    setFile(null);
    setInputKey((key) => key + 1);
  };
  const send = async (what: 'check' | 'apply') => {
    if (!loaded) return;
    setBusy(what);
    setFailure(null);
    try {
      const input = { kind, text: loaded.text };
      if (what === 'check') setReport(await api.call('import.check', input));
      else imports(await api.call('import.apply', input));
    } catch (error) {
      setFailure({ what: what === 'check' ? 'checkFailed' : 'applyFailed', error });
    } finally {
      setBusy(null);
    }
  };

  const fileProblem =
    file && !file.ok
      ? file.problem === 'tooLarge'
        ? t('tooLarge', { size: kb(file.size), max: kb(IMPORT_LIMITS.maxBytes) })
        : t(file.problem)
      : null;
  const ready = report !== null && report.refused.length === 0 && report.accepted > 0;
  const template = `data:text/csv;charset=utf-8,${encodeURIComponent(importTemplate(kind))}`;
  return (
    <section className="import" aria-labelledby={`${id}-title`} data-testid="import-view">
      <h2 id={`${id}-title`}>{t('heading')}</h2>
      <p className="import__intro">{t('intro')}</p>
      {imported !== null && (
        <Notice tone="success" onDismiss={() => setImported(null)} testId="import-done">
          {t('done', { count: imported })}
        </Notice>
      )}
      <FormField id={`${id}-kind`} label={t('kind.legend')} layout="group">
        {IMPORT_KINDS.map((option) => (
          <label key={option} className="form-check">
            <input
              type="radio"
              name={`${id}-kind`}
              value={option}
              checked={kind === option}
              onChange={() => {
                setKind(option);
                restart();
              }}
              data-testid={`import-kind-${option}`}
            />{' '}
            {t(`kind.${option}`)}
          </label>
        ))}
      </FormField>
      <p className="import__columns">
        {t('columns', { columns: ROW_SPECS[kind].columns.map((c) => c.header).join(';') })}{' '}
        <a href={template} download={t(`templateFile.${kind}`)} data-testid="import-template">
          {t('template')}
        </a>
      </p>
      <FormField id={`${id}-file`} label={t('file')} hint={t('fileHint', { max: kb(IMPORT_LIMITS.maxBytes) })} problem={fileProblem}>
        {(control) => (
          <input
            key={inputKey}
            type="file"
            accept=".csv,text/csv"
            onChange={(event) => void choose(event.target.files?.[0])}
            data-testid="import-file"
            {...control}
          />
        )}
      </FormField>
      <div className="import__actions">
        <button
          type="button"
          className="button"
          disabled={!loaded || busy !== null}
          onClick={() => void send('check')}
          data-testid="import-check"
        >
          {busy === 'check' ? t('checking') : t('check')}
        </button>
        {report && loaded && (
          <button
            type="button"
            className="button button--primary"
            disabled={!ready || busy !== null}
            onClick={() => void send('apply')}
            data-testid="import-apply"
          >
            {busy === 'apply' ? t('applying') : t('apply', { count: report.rows })}
          </button>
        )}
      </div>
      {failure &&
        (describeApiError(failure.error).code === 'forbidden' ? (
          <Notice tone="error">{t('forbidden')}</Notice>
        ) : (
          <ApiErrorNotice error={failure.error} title={t(failure.what)} onDismiss={() => setFailure(null)} />
        ))}
      {report && loaded && <ImportReportTable kind={kind} fileName={loaded.name} report={report} />}
    </section>
  );
}
