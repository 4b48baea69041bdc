// «Informe mensual (PDF)»: the printable report of one month ('insights.report', drawn by the core with the court
// documents' PDF library) for the dashboard's barrios and CPCs — a city official's handout. The month starts as the
// last whole one; the download is the court documents' (components/DocumentButton.tsx).
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MonthSchema } from '../../../../shared/api/insights.ts';
import { useApi } from '../../../api/ApiContext.tsx';
import { DocumentButton } from '../../../components/DocumentButton.tsx';
import { FormField } from '../../../components/FormField.tsx';
import { lastFullMonth } from '../dashboard/dashboard-filter.ts';

interface MonthlyReportProps {
  readonly barrios: readonly string[];
  readonly cpcs: readonly string[];
}

export function MonthlyReport({ barrios, cpcs }: MonthlyReportProps) {
  const { t } = useTranslation('insights');
  const api = useApi();
  const id = useId();
  const [month, setMonth] = useState(() => lastFullMonth(Date.now()));
  const valid = MonthSchema.safeParse(month).success;
  const texts = {
    label: t('report.button'),
    busy: t('report.busy'),
    done: (fileName: string) => t('report.done', { fileName }),
    failed: t('report.failed'),
    refusals: {},
  };
  return (
    <div className="insights-report" data-testid="monthly-report">
      <FormField id={`${id}-month`} label={t('report.month')} hint={t('report.scope')} problem={valid ? null : t('report.invalidMonth')}>
        {(control) => (
          <input
            {...control}
            type="month"
            className="filter-control"
            value={month}
            required
            onChange={(event) => setMonth(event.target.value)}
            data-testid="monthly-report-month"
          />
        )}
      </FormField>
      <DocumentButton
        texts={texts}
        kind="monthly_report"
        disabled={!valid}
        request={(language) =>
          api.call('insights.report', {
            month,
            ...(language && { language }),
            ...(barrios.length > 0 && { barrios: [...barrios] }),
            ...(cpcs.length > 0 && { cpcs: [...cpcs] }),
          })
        }
      />
    </div>
  );
}
