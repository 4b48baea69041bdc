// Administración (administrators only: workspaces.ts): the hub's accounts, the patrol devices paired with it, its
// administration log, and importing people, vehicles and instruments from a CSV. Each view is mounted while it is
// shown: the lists are the hub's, read when they are opened, not kept in the console.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ViewPanel, ViewTabs } from '../../components/ViewTabs.tsx';
import { WorkspacePage } from '../../components/WorkspacePage.tsx';
import { AccountsView } from './accounts/AccountsView.tsx';
import { DevicesView } from './devices/DevicesView.tsx';
import { ImportView } from './import/ImportView.tsx';
import { LogView } from './log/LogView.tsx';
import './admin.css';

const ADMIN_VIEWS = ['accounts', 'devices', 'log', 'import'] as const;
type AdminView = (typeof ADMIN_VIEWS)[number];

/** The ids' prefix of the views' tabs and panels (admin-tab-devices, admin-panel-devices). */
const ADMIN_GROUP = 'admin';

export function AdminWorkspace() {
  const { t } = useTranslation('admin');
  const [view, setView] = useState<AdminView>('accounts');
  const panel = { group: ADMIN_GROUP, active: view, className: 'admin__panel' };
  return (
    <WorkspacePage name="admin" title={t('title')}>
      <ViewTabs
        group={ADMIN_GROUP}
        views={ADMIN_VIEWS}
        active={view}
        onSelect={setView}
        label={t('tabs.label')}
        viewLabel={(id) => t(`tabs.${id}`)}
        tabTestIds
      />
      <ViewPanel {...panel} view="accounts">
        {view === 'accounts' && <AccountsView />}
      </ViewPanel>
      <ViewPanel {...panel} view="devices">
        {view === 'devices' && <DevicesView />}
      </ViewPanel>
      <ViewPanel {...panel} view="log">
        {view === 'log' && <LogView />}
      </ViewPanel>
      <ViewPanel {...panel} view="import">
        {view === 'import' && <ImportView />}
      </ViewPanel>
    </WorkspacePage>
  );
}
