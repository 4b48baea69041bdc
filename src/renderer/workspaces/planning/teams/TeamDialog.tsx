// «Nuevo equipo» and «Editar» a team (administrators): name, base and the coordinators — a list of usernames, each
// added with «Agregar» and taken off with «Quitar» — checked by the kind's schema (team-form.ts) and sent through
// 'records.mutate' like every Planificación dialog. The accounts the console knows are offered as suggestions and
// name the coordinators; a username it does not know is still allowed (offline, the hub's accounts are unknown).
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionUser } from '../../../../shared/api/session.ts';
import type { TeamRecord } from '../../../../shared/records/team.ts';
import { FormField } from '../../../components/FormField.tsx';
import { useCheckedForm } from '../../../writes/use-checked-form.ts';
import { PlanningDialog, type PlanningDialogDone } from '../PlanningDialog.tsx';
import { addCoordinator, checkTeam, teamValues, type TeamField, type TeamProblem } from './team-form.ts';

interface TeamDialogProps extends PlanningDialogDone {
  /** null: a new team. */
  readonly team: TeamRecord | null;
  readonly teams: readonly TeamRecord[];
  readonly accounts: readonly SessionUser[];
}

export function TeamDialog({ team, teams, accounts, ...done }: TeamDialogProps) {
  const { t } = useTranslation('people');
  const id = useId().replace(/:/g, '');
  const [coordinators, setCoordinators] = useState<readonly string[]>(team?.coordinators ?? []);
  const [addProblem, setAddProblem] = useState<TeamProblem | null>(null);
  const form = useCheckedForm(teamValues(team), (values) => checkTeam(values, coordinators, team, teams));
  const problemText = (field: TeamField, problem: TeamProblem | undefined | null): string | null => {
    if (!problem) return null;
    if (field === 'coordinator')
      return problem === 'duplicated' || problem === 'too_many' || problem === 'required'
        ? t(`teams.coordinatorProblem.${problem}`)
        : t('teams.coordinatorProblem.invalid_value');
    return problem === 'exists'
      ? t('teams.exists')
      : problem === 'required' || problem === 'too_long'
        ? t(`problem.${problem}`)
        : t('problem.invalid_value');
  };
  const named = (username: string) => {
    const displayName = accounts.find((a) => a.username === username)?.displayName;
    return displayName ? t('teams.coordinator', { displayName, username }) : username;
  };
  const add = () => {
    const added = addCoordinator(form.values, coordinators, team, teams);
    if (!added.ok) return setAddProblem(added.problem);
    setCoordinators(added.coordinators);
    form.set('coordinator')('');
  };
  const text = (field: 'name' | 'base') => (
    <FormField
      id={`${id}-${field}`}
      label={t(`teams.field.${field}`)}
      hint={t(`teams.field.${field}Hint`)}
      problem={problemText(field, form.problems[field])}
    >
      {(control) => (
        <input
          className="form-control"
          type="text"
          value={form.values[field]}
          onChange={(event) => form.set(field)(event.target.value)}
          data-testid={`team-${field}`}
          {...control}
        />
      )}
    </FormField>
  );
  const name = form.values.name.trim();
  return (
    <PlanningDialog
      namespace="people"
      {...done}
      title={team ? t('teams.edit.title') : t('teams.add.title')}
      explain={team ? t('teams.edit.explain', { name: team.name }) : t('teams.add.explain')}
      submitLabel={team ? t('teams.edit.submit') : t('teams.add.submit')}
      done={team ? t('teams.edit.done', { name }) : t('teams.add.done', { name })}
      testId="team-dialog"
      problemCount={Object.keys(form.problems).length}
      prepare={form.prepare}
      refusal={(reason) => (reason === 'already_exists' ? t('teams.exists') : undefined)}
    >
      {text('name')}
      {text('base')}
      <section aria-labelledby={`${id}-coordinators`} className="team-coordinators">
        <h3 id={`${id}-coordinators`} className="team-coordinators__title">
          {t('teams.field.coordinators')}
        </h3>
        {coordinators.length === 0 ? (
          <p>{t('teams.field.coordinatorsNone')}</p>
        ) : (
          <ul className="team-coordinators__list" data-testid="team-coordinators">
            {coordinators.map((username) => (
              <li key={username} data-testid="team-coordinator" data-username={username}>
                <span>{named(username)}</span>{' '}
                <button
                  type="button"
                  className="button"
                  onClick={() => setCoordinators((list) => list.filter((u) => u !== username))}
                  aria-label={t('teams.removeCoordinatorFor', { name: named(username) })}
                >
                  {t('teams.removeCoordinator')}
                </button>
              </li>
            ))}
          </ul>
        )}
        <FormField
          id={`${id}-coordinator`}
          label={t('teams.field.coordinator')}
          hint={t('teams.field.coordinatorHint')}
          problem={problemText('coordinator', form.problems.coordinator ?? addProblem)}
        >
          {(control) => (
            <div className="team-coordinators__add">
              <input
                className="form-control"
                type="text"
                autoCapitalize="none"
                spellCheck={false}
                list={`${id}-accounts`}
                value={form.values.coordinator}
                onChange={(event) => {
                  setAddProblem(null);
                  form.set('coordinator')(event.target.value);
                }}
                onKeyDown={(event) => {
                  // Enter adds the username rather than saving the whole form.
                  if (event.key !== 'Enter') return;
                  event.preventDefault();
                  add();
                }}
                data-testid="team-coordinator-input"
                {...control}
              />
              <button type="button" className="button" onClick={add} data-testid="team-coordinator-add">
                {t('teams.addCoordinator')}
              </button>
            </div>
          )}
        </FormField>
        <datalist id={`${id}-accounts`}>
          {accounts
            .filter((a) => a.role === 'coordinator' && !coordinators.includes(a.username))
            .map((a) => (
              <option key={a.username} value={a.username}>
                {a.displayName}
              </option>
            ))}
        </datalist>
      </section>
    </PlanningDialog>
  );
}
