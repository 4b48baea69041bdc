// «Tablero»: every indicator for the filter, computed by the core from the records in the cache
// ('insights.dashboard', a live query: a new notice, re-inspection or case redraws it), the headline card first.
// While a new filter is computed the previous figures stay on screen (marked busy) instead of flashing empty.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { INDICATOR_IDS, type InsightsFilter } from '../../../../shared/api/insights.ts';
import { DEFAULT_SETTINGS } from '../../../../shared/settings/defaults.ts';
import { ApiErrorNotice } from '../../../components/ApiErrorNotice.tsx';
import { formatIsoDate } from '../../../i18n/format.ts';
import { useLiveQuery } from '../../../live/use-live-query.ts';
import { formatDecimal } from '../indicator-text.ts';
import { MonthlyReport } from '../report/MonthlyReport.tsx';
import { cpcChoices, defaultFilterForm, insightsFilterOf, type DashboardFilterForm } from './dashboard-filter.ts';
import { DashboardFilterBar } from './DashboardFilterBar.tsx';
import { IndicatorCard } from './IndicatorCard.tsx';

const HEADLINE = 'compliance_without_sanction';

function initialFilter(form: DashboardFilterForm): InsightsFilter {
  const parsed = insightsFilterOf(form);
  if (!parsed.ok) throw new Error(`the default filter is invalid: ${parsed.problem}`);
  return parsed.filter;
}

export function DashboardPanel() {
  const { t, i18n } = useTranslation('insights');
  const locale = i18n.language;
  const [form, setForm] = useState(() => defaultFilterForm(Date.now()));
  // The last filter the core can take: a half-typed date keeps the figures of the last good one.
  const [filter, setFilter] = useState(() => initialFilter(form));
  const parsed = insightsFilterOf(form);
  const edit = (next: DashboardFilterForm) => {
    setForm(next);
    const nextFilter = insightsFilterOf(next);
    if (nextFilter.ok) setFilter(nextFilter.filter);
  };

  // The CPCs of the table in force the day the dashboard opened (the defaults until the hub's settings arrive).
  const [opened] = useState(() => Date.now());
  const settings = useLiveQuery('settings.list', {});
  const cpcs = useMemo(() => {
    const entries = settings.value?.entries.map((record) => record.entry) ?? [];
    return cpcChoices(entries.length > 0 ? entries : DEFAULT_SETTINGS, opened);
  }, [settings.value, opened]);

  const dashboard = useLiveQuery('insights.dashboard', filter, { keepPrevious: true });
  const value = dashboard.value;
  const indicators = useMemo(
    () =>
      [...(value?.indicators ?? [])].sort((a, b) =>
        a.id === HEADLINE ? -1 : b.id === HEADLINE ? 1 : INDICATOR_IDS.indexOf(a.id) - INDICATOR_IDS.indexOf(b.id),
      ),
    [value],
  );
  const count = (n: number) => formatDecimal(n, locale);

  return (
    <div className="insights-dashboard" aria-busy={dashboard.loading} data-testid="insights-dashboard">
      <DashboardFilterBar
        form={form}
        onChange={edit}
        onReset={() => edit(defaultFilterForm(Date.now()))}
        problem={parsed.ok ? null : parsed.problem}
        cpcs={cpcs}
      />
      <div className="insights-dashboard__summary">
        <p className="insights-dashboard__basis" role="status" data-testid="insights-basis">
          {value
            ? t('basis', {
                from: formatIsoDate(value.filter.from, locale),
                to: formatIsoDate(value.filter.to, locale),
                operations: count(value.basis.operations),
                findings: count(value.basis.findings),
                notices: count(value.basis.notices),
                incidents: count(value.basis.incidents),
                cases: count(value.basis.cases),
              })
            : dashboard.loading && t('loading')}
        </p>
        <MonthlyReport barrios={filter.barrios ?? []} cpcs={filter.cpcs ?? []} />
      </div>
      {dashboard.error !== null && <ApiErrorNotice error={dashboard.error} title={t('failed')} />}
      {value && (
        <div className="insights-dashboard__cards">
          {indicators.map((indicator) => (
            <IndicatorCard
              key={indicator.id}
              indicator={indicator}
              filter={value.filter}
              rules={value.rules}
              headline={indicator.id === HEADLINE}
            />
          ))}
        </div>
      )}
    </div>
  );
}
