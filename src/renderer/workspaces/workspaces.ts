// The console's workspaces, in navigation order. Planning is where coordinators start their shift.
export const WORKSPACES = ['dispatch', 'planning', 'court', 'insights'] as const;
export type WorkspaceId = (typeof WORKSPACES)[number];
export const DEFAULT_WORKSPACE: WorkspaceId = 'planning';

export const workspaceTabId = (id: WorkspaceId): string => `workspace-tab-${id}`;
export const workspacePanelId = (id: WorkspaceId): string => `workspace-panel-${id}`;
