// Who the console is signed in as (the page's one SessionContext), for hiding the changes that person's role
// may not make. The hub enforces the roles; the console only reflects them. Without a signed-in person (no hub,
// signed out) the core accepts local writes, so nothing is hidden then; before the core first answered nothing is
// offered (a coordinator's controls must not flash up for a judge while the page starts).
import type { SessionUser } from '../../shared/api/session.ts';
import { canMutate } from '../../shared/records/permissions.ts';
import type { MutationKind } from '../../shared/records/mutations.ts';
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

/** Whether to offer a change: once the core answered, unless a signed-in person's role may not make it. */
export function mayMutate({ known, user }: SignedIn, kind: MutationKind): boolean {
  return known && (user === null || canMutate(user.role, kind));
}
