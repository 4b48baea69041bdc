// One tab panel per workspace, mounted the first time it is shown (a workspace nobody opens does no work at start-up:
// Indicadores' queries, the court's lists), then kept mounted (hidden) so switching workspaces keeps each one's
// state — the planning filters, scroll position and loaded rows survive a look at Despacho. Only the workspaces
// offered to the person signed in have a panel (use-workspaces.ts): «Administración» is gone once they sign out.
import type { ReactNode } from 'react';
import { ErrorBoundary } from '../components/ErrorBoundary.tsx';
import { ViewPanel } from '../components/ViewTabs.tsx';
import { AdminWorkspace } from './admin/AdminWorkspace.tsx';
import { CourtWorkspace } from './court/CourtWorkspace.tsx';
import { DispatchWorkspace } from './dispatch/DispatchWorkspace.tsx';
import { InsightsWorkspace } from './insights/InsightsWorkspace.tsx';
import { PlanningWorkspace } from './planning/PlanningWorkspace.tsx';
import { useOfferedWorkspaces } from './use-workspaces.ts';
import { WORKSPACE_GROUP, type WorkspaceId } from './workspaces.ts';

interface WorkspacePanelsProps {
  readonly active: WorkspaceId;
  readonly onCacheUnavailable: () => void;
}

export function WorkspacePanels({ active, onCacheUnavailable }: WorkspacePanelsProps) {
  const { offered, shown } = useOfferedWorkspaces(active);
  const content: Record<WorkspaceId, ReactNode> = {
    dispatch: <DispatchWorkspace onCacheUnavailable={onCacheUnavailable} />,
    planning: <PlanningWorkspace onCacheUnavailable={onCacheUnavailable} />,
    court: <CourtWorkspace />,
    insights: <InsightsWorkspace />,
    admin: <AdminWorkspace />,
  };
  return offered.map((id) => (
    <ViewPanel key={id} group={WORKSPACE_GROUP} view={id} active={shown} className="workspace-panel" lazy>
      <ErrorBoundary>{content[id]}</ErrorBoundary>
    </ViewPanel>
  ));
}
