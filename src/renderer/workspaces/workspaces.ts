// The console's workspaces, in navigation order. Planning is where coordinators start their shift. «Administración»
// is offered only to administrators: the hub refuses its requests to anyone else, so another role would only see
// refusals there. Until the session says who is signed in, it is not offered either (it must not flash up).
import type { Role } from '../../shared/auth/roles.ts';

export const WORKSPACES = ['dispatch', 'planning', 'court', 'insights', 'admin'] as const;
export type WorkspaceId = (typeof WORKSPACES)[number];
export const DEFAULT_WORKSPACE: WorkspaceId = 'planning';

/** The ids' prefix of the workspaces' tabs and panels (components/ViewTabs.tsx: workspace-tab-court, workspace-panel-court). */
export const WORKSPACE_GROUP = 'workspace';

/** The workspaces offered to the person signed in with `role` (null: nobody, or not known yet). */
export const workspacesFor = (role: Role | null): readonly WorkspaceId[] =>
  role === 'administrator' ? WORKSPACES : WORKSPACES.filter((id) => id !== 'admin');

/** The workspace shown: the one chosen while it is offered (another person may have signed in since), else the default. */
export const shownWorkspace = (chosen: WorkspaceId, offered: readonly WorkspaceId[]): WorkspaceId =>
  offered.includes(chosen) ? chosen : DEFAULT_WORKSPACE;
