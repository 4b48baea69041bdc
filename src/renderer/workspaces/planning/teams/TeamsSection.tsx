// Planificación → Equipos: every team with its base, its coordinators and how many active people it has, for
// everyone who reads teams; «Nuevo equipo» and «Editar» for administrators (team.create / team.update: the hub
// applies the roles again). A city starting with an empty hub makes its teams here before adding its people.
// Coordinators are named as the console knows their accounts: the session's, and for an administrator the hub's
// accounts ('admin.accounts', asked only by that role: any other is refused it). The teams and people are
// TeamsView's; until they answer, its `pending` (loading, or why not) stands where the table goes.
import { useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionUser } from '../../../../shared/api/session.ts';
import type { PersonRecord } from '../../../../shared/records/person-schema.ts';
import type { TeamRecord } from '../../../../shared/records/team.ts';
import { ListTable } from '../../../components/ListTable.tsx';
import { Notice } from '../../../components/Notice.tsx';
import { useItemDialog } from '../../../hooks/use-item-dialog.ts';
import { useLiveQuery } from '../../../live/use-live-query.ts';
import { useSession } from '../../../session/SessionContext.tsx';
import { mayMutate, useSignedInUser } from '../../../writes/use-signed-in-user.ts';
import { teamRows } from './team-rows.ts';
import { TeamDialog } from './TeamDialog.tsx';
import '../people/people.css';
import './teams.css';

const COLUMNS = ['name', 'base', 'coordinators', 'people', 'action'] as const;

interface TeamsSectionProps {
  /** null until both have answered. */
  readonly loaded: { readonly teams: readonly TeamRecord[]; readonly people: readonly PersonRecord[] } | null;
  /** What stands for the table meanwhile. */
  readonly pending: ReactNode;
}

export function TeamsSection(props: TeamsSectionProps) {
  const session = useSession();
  const known = [...(session?.demoAccounts ?? []), ...(session?.user ? [session.user] : [])];
  return session?.user?.role === 'administrator' ? <WithHubAccounts {...props} known={known} /> : <TeamsList {...props} accounts={known} />;
}

function WithHubAccounts({ known, ...props }: TeamsSectionProps & { readonly known: readonly SessionUser[] }) {
  // Unanswered (offline): the session's accounts only.
  const hub = useLiveQuery('admin.accounts', {}).value?.accounts.filter((a) => !a.disabled) ?? [];
  return <TeamsList {...props} accounts={[...known, ...hub]} />;
}

function TeamsList({ loaded, pending, accounts }: TeamsSectionProps & { readonly accounts: readonly SessionUser[] }) {
  const { t } = useTranslation('people');
  const signedIn = useSignedInUser();
  const may = { create: mayMutate(signedIn, 'team.create'), update: mayMutate(signedIn, 'team.update') };
  const dialog = useItemDialog<TeamRecord | 'new'>();
  const heading = useRef<HTMLHeadingElement>(null);
  const rows = loaded ? teamRows(loaded.teams, loaded.people, accounts) : [];
  const doneProps = { onClose: dialog.close, onDone: dialog.finished, focusAfterDone: () => heading.current };
  return (
    <section className="teams" aria-labelledby="teams-title" data-testid="teams-view">
      <div className="people__header">
        <h2 id="teams-title" ref={heading} tabIndex={-1}>
          {t('teams.heading')}
        </h2>
        {may.create && loaded && (
          <button type="button" className="button" onClick={() => dialog.openFor('new')} data-testid="teams-add">
            {t('teams.add.action')}
          </button>
        )}
      </div>
      <p className="people__intro">{t('teams.intro')}</p>
      {dialog.done && (
        <Notice tone="success" onDismiss={dialog.dismiss} testId="teams-done">
          {dialog.done}
        </Notice>
      )}
      {loaded === null ? (
        pending
      ) : rows.length === 0 ? (
        <p>{t('teams.none')}</p>
      ) : (
        <ListTable
          className="teams-table"
          testId="teams-table"
          caption={t('teams.caption')}
          columns={may.update ? COLUMNS : COLUMNS.filter((c) => c !== 'action')}
          columnLabel={(column) => t(`teams.column.${column}`)}
        >
          {rows.map(({ team, coordinators, activePeople }) => (
            <tr key={team.id} data-testid="team-row" data-team-id={team.id}>
              <th scope="row">{team.name}</th>
              <td>{team.base ?? t('empty')}</td>
              <td>
                {coordinators.length === 0
                  ? t('teams.noCoordinators')
                  : coordinators
                      .map(({ username, displayName }) => (displayName ? t('teams.coordinator', { displayName, username }) : username))
                      .join(' · ')}
              </td>
              <td>{activePeople}</td>
              {may.update && (
                <td>
                  <button
                    type="button"
                    className="button"
                    onClick={() => dialog.openFor(team)}
                    aria-label={t('teams.edit.actionFor', { name: team.name })}
                    data-testid="team-edit"
                  >
                    {t('teams.edit.action')}
                  </button>
                </td>
              )}
            </tr>
          ))}
        </ListTable>
      )}
      {dialog.open !== null && (
        <TeamDialog team={dialog.open === 'new' ? null : dialog.open} teams={loaded?.teams ?? []} accounts={accounts} {...doneProps} />
      )}
    </section>
  );
}
