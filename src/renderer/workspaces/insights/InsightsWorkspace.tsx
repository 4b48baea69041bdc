// Indicadores: proof that prevention works, computed by the core from the records in the cache — never typed. The
// dashboard (every indicator with its definition, chart, table and CSV, and the printable monthly report), the
// campaign comparisons and the notice-wording trials. Every role sees the indicators of the records it reads; the
// core withholds the others (each card says so), and the trials are for the roles that read them.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ViewPanel, ViewTabs } from '../../components/ViewTabs.tsx';
import { WorkspacePage } from '../../components/WorkspacePage.tsx';
import { ComparePanel } from './compare/ComparePanel.tsx';
import { DashboardPanel } from './dashboard/DashboardPanel.tsx';
import { TrialsPanel } from './trials/TrialsPanel.tsx';
import './insights.css';

const INSIGHTS_TABS = ['dashboard', 'compare', 'trials'] as const;
type InsightsTab = (typeof INSIGHTS_TABS)[number];

export function InsightsWorkspace() {
  const { t } = useTranslation('insights');
  return (
    <WorkspacePage name="insights" title={t('title')}>
      <InsightsViews />
    </WorkspacePage>
  );
}

function InsightsViews() {
  const { t } = useTranslation('insights');
  const [tab, setTab] = useState<InsightsTab>('dashboard');
  // Each view is mounted when first shown, then stays (hidden): the dashboard keeps its filter while a comparison is set up.
  const panel = { group: 'insights', active: tab, className: 'insights__panel', lazy: true };
  return (
    <>
      <ViewTabs
        group="insights"
        views={INSIGHTS_TABS}
        active={tab}
        onSelect={setTab}
        label={t('tabs.label')}
        viewLabel={(view) => t(`tabs.${view}`)}
        tabTestIds
      />
      <ViewPanel {...panel} view="dashboard">
        <DashboardPanel />
      </ViewPanel>
      <ViewPanel {...panel} view="compare">
        <ComparePanel />
      </ViewPanel>
      <ViewPanel {...panel} view="trials">
        <TrialsPanel />
      </ViewPanel>
    </>
  );
}
