// The console's workspaces, in navigation order. Planning is where coordinators start their shift.
export const WORKSPACES = ['dispatch', 'planning', 'court', 'insights'] as const;
export type WorkspaceId = (typeof WORKSPACES)[number];
export const DEFAULT_WORKSPACE: WorkspaceId = 'planning';

/** The ids' prefix of the workspaces' tabs and panels (components/ViewTabs.tsx: workspace-tab-court, workspace-panel-court). */
export const WORKSPACE_GROUP = 'workspace';
