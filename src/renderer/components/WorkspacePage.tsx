// A workspace's page: its title and its views — or, for a page of records one role group reads (Tribunal: court
// cases), a warning in their place when the signed-in role may not read them (the hub would send it none of them).
// Before the session says who is signed in the views show, so nothing flickers. Its look is
// styles/workspace-page.css.
import type { ReactNode } from 'react';
import type { RecordEntity } from '../../shared/records/registry.ts';
import { canRead } from '../../shared/records/permissions.ts';
import { useSignedInUser } from '../writes/use-signed-in-user.ts';
import { Notice } from './Notice.tsx';

interface WorkspacePageProps {
  /** The page's own class and the ids' prefix ('court' → court-title, data-testid court-workspace, court-not-allowed). */
  readonly name: string;
  readonly title: string;
  /** The records the views show, and what a role that may not read them is told; none: a page for every role. */
  readonly only?: { readonly reads: RecordEntity; readonly notAllowed: string };
  readonly children: ReactNode;
}

export function WorkspacePage({ name, title, only, children }: WorkspacePageProps) {
  const { known, user } = useSignedInUser();
  const allowed = user === null || !only || canRead(user.role, only.reads);
  return (
    <section className={`workspace-page ${name}`} aria-labelledby={`${name}-title`} data-testid={`${name}-workspace`}>
      <h1 id={`${name}-title`}>{title}</h1>
      {known && !allowed ? (
        <Notice tone="warning" testId={`${name}-not-allowed`}>
          {only?.notAllowed}
        </Notice>
      ) : (
        children
      )}
    </section>
  );
}
