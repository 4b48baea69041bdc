// The workspaces offered to whoever is signed in now (workspaces.ts), and the one shown of them: the header's tabs
// and the panels read the same session, so they always agree.
import { useSession } from '../session/SessionContext.tsx';
import { shownWorkspace, workspacesFor, type WorkspaceId } from './workspaces.ts';

export interface OfferedWorkspaces {
  readonly offered: readonly WorkspaceId[];
  readonly shown: WorkspaceId;
}

export function useOfferedWorkspaces(chosen: WorkspaceId): OfferedWorkspaces {
  const offered = workspacesFor(useSession()?.user?.role ?? null);
  return { offered, shown: shownWorkspace(chosen, offered) };
}
