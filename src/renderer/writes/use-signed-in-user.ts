// Who the console is signed in as (the page's one SessionContext), for hiding the changes that person's role
// may not make. The hub enforces the roles; the console only reflects them. Without a signed-in person (no hub,
// signed out) the core accepts local writes, so nothing is hidden then.
import type { SessionUser } from '../../shared/api/session.ts';
import { canMutate } from '../../shared/sync/mutation-permissions.ts';
import type { MutationKind } from '../../shared/sync/mutations.ts';
import { useSession } from '../session/SessionContext.tsx';

export interface SignedIn {
  /** false until the core first answered. */
  readonly known: boolean;
  readonly user: SessionUser | null;
}

export function useSignedInUser(): SignedIn {
  const session = useSession();
  return { known: session !== null, user: session?.user ?? null };
}

/** Whether to offer a change: hidden only when a signed-in person's role may not make it. */
export function mayMutate(user: SessionUser | null, kind: MutationKind): boolean {
  return user === null || canMutate(user.role, kind);
}
