// Workspace navigation: the workspaces as tabs (ViewTabs: one tab stop, arrows/Home/End move and select) in the
// header's navigation landmark.
import { useTranslation } from 'react-i18next';
import { WORKSPACE_GROUP, WORKSPACES, type WorkspaceId } from '../workspaces/workspaces.ts';
import { ViewTabs } from './ViewTabs.tsx';

interface WorkspaceTabsProps {
  readonly active: WorkspaceId;
  readonly onSelect: (id: WorkspaceId) => void;
}

export function WorkspaceTabs({ active, onSelect }: WorkspaceTabsProps) {
  const { t } = useTranslation();
  return (
    <nav className="workspace-nav" aria-label={t('app.workspaces')}>
      <ViewTabs
        group={WORKSPACE_GROUP}
        views={WORKSPACES}
        active={active}
        onSelect={onSelect}
        label={t('app.workspaces')}
        viewLabel={(id) => t(`workspace.${id}`)}
        className="workspace-nav__tabs"
        tabClassName="workspace-tab"
      />
    </nav>
  );
}
