// Workspace navigation: the workspaces offered to the person signed in (workspaces.ts) as tabs (ViewTabs: one tab
// stop, arrows/Home/End move and select) in the header's navigation landmark.
import { useTranslation } from 'react-i18next';
import { useOfferedWorkspaces } from '../workspaces/use-workspaces.ts';
import { WORKSPACE_GROUP, type WorkspaceId } from '../workspaces/workspaces.ts';
import { ViewTabs } from './ViewTabs.tsx';

interface WorkspaceTabsProps {
  readonly active: WorkspaceId;
  readonly onSelect: (id: WorkspaceId) => void;
}

export function WorkspaceTabs({ active, onSelect }: WorkspaceTabsProps) {
  const { t } = useTranslation();
  const { offered, shown } = useOfferedWorkspaces(active);
  return (
    <nav className="workspace-nav" aria-label={t('app.workspaces')}>
      <ViewTabs
        group={WORKSPACE_GROUP}
        views={offered}
        active={shown}
        onSelect={onSelect}
        label={t('app.workspaces')}
        viewLabel={(id) => t(`workspace.${id}`)}
        className="workspace-nav__tabs"
        tabClassName="workspace-tab"
      />
    </nav>
  );
}
