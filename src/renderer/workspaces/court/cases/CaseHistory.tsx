// The case's audit history: every accepted change to the case and its hearings, who made it, when (Córdoba), from
// which console, on which record version — and the integrity check of its hash chain ('court.audit.verify').
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditReport } from '../../../../shared/api/court.ts';
import type { AuditEntry } from '../../../../shared/audit/audit-entry.ts';
import { useApi } from '../../../api/ApiContext.tsx';
import { ApiErrorNotice } from '../../../components/ApiErrorNotice.tsx';
import { formatDateTime } from '../../../i18n/format.ts';
import { auditResult, consoleText, historyActionText, historyEntityText } from './audit-text.ts';

export function CaseHistory({ caseId, history }: { readonly caseId: string; readonly history: readonly AuditEntry[] }) {
  const { t } = useTranslation('courtDesk');
  return (
    <section className="case-block" aria-labelledby="case-history-title">
      <h3 id="case-history-title">{t('history.heading')}</h3>
      <p className="court-facts__note">{t('history.explain')}</p>
      <AuditCheck caseId={caseId} />
      {history.length === 0 ? (
        <p data-testid="case-history">{t('history.empty')}</p>
      ) : (
        <div className="list-table-wrap court-list__table-wrap">
          <HistoryTable history={history} />
        </div>
      )}
    </section>
  );
}

function HistoryTable({ history }: { readonly history: readonly AuditEntry[] }) {
  const { t, i18n } = useTranslation('courtDesk');
  return (
    <table className="list-table court-table" data-testid="case-history">
      <caption className="visually-hidden">{t('history.caption')}</caption>
      <thead>
        <tr>
          {(['n', 'when', 'who', 'action', 'entity', 'version', 'console'] as const).map((column) => (
            <th key={column} scope="col">
              {t(`history.column.${column}`)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {history.map((entry) => (
          <tr key={entry.id} data-entry={entry.n}>
            <td>{entry.n}</td>
            <td>{formatDateTime(entry.at, i18n.language)}</td>
            <td>{entry.by ?? t('history.system')}</td>
            <td>{historyActionText(t, entry.action)}</td>
            <td>{historyEntityText(t, entry.entity)}</td>
            <td>{entry.recordVersion}</td>
            <td className="court-table__id" title={entry.clientId ?? undefined}>
              {consoleText(t, entry.clientId)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** "Verificar integridad": the chain checked by the core; intact said politely, a broken chain as an alert. */
function AuditCheck({ caseId }: { readonly caseId: string }) {
  const { t } = useTranslation('courtDesk');
  const api = useApi();
  const [report, setReport] = useState<AuditReport | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const verify = async () => {
    setBusy(true);
    setReport(null);
    setFailure(null);
    try {
      setReport(await api.call('court.audit.verify', { caseId }));
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  };

  // Said from the report at render time: a language switch re-words it.
  const result = report && auditResult(t, report, caseId);
  return (
    <div className="audit-check">
      <button type="button" className="button" onClick={() => void verify()} disabled={busy} data-testid="audit-verify">
        {busy ? t('audit.verifying') : t('audit.verify')}
      </button>
      {result && (
        <p
          className={result.intact ? 'audit-check__result audit-check__result--intact' : 'audit-check__result audit-check__result--broken'}
          role={result.intact ? 'status' : 'alert'}
          data-testid="audit-result"
          data-intact={result.intact}
        >
          <span aria-hidden="true">{result.intact ? '✓ ' : '⚠ '}</span>
          {result.text}
        </p>
      )}
      {failure !== null && <ApiErrorNotice error={failure} title={t('audit.failed')} onDismiss={() => setFailure(null)} />}
    </div>
  );
}
