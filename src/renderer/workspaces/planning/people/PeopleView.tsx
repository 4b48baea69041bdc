// Planificación → Personal: the program's people, by team — legajo, team, base, qualifications, contact, whether
// active and the absence they are on or the next one — with «Agregar persona», «Editar», «Dar de baja» /
// «Reactivar» and «Ausencias» where the signed-in person may (administrators: anyone; coordinators: the people of
// the teams they coordinate — the shared rule, person-access.ts, which the hub applies again). The teams themselves
// are their own tab (../teams/TeamsView.tsx).
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isActive, type PersonRecord } from '../../../../shared/records/person-schema.ts';
import type { TeamRecord } from '../../../../shared/records/team.ts';
import { cordobaIsoDate } from '../../../../shared/time/cordoba.ts';
import { ApiErrorNotice } from '../../../components/ApiErrorNotice.tsx';
import { FormField } from '../../../components/FormField.tsx';
import { ListTable } from '../../../components/ListTable.tsx';
import { Notice } from '../../../components/Notice.tsx';
import { describeApiError } from '../../../errors/describe-api-error.ts';
import { useItemDialog } from '../../../hooks/use-item-dialog.ts';
import { useLiveQuery } from '../../../live/use-live-query.ts';
import { mayMutate, useSignedInUser } from '../../../writes/use-signed-in-user.ts';
import { formatDays } from './absence-days.ts';
import { AbsencesDialog } from './AbsencesDialog.tsx';
import { ActiveDialog } from './ActiveDialog.tsx';
import { personRows, teamsFor, type PersonRow } from './people-rows.ts';
import { PersonDialog } from './PersonDialog.tsx';
import './people.css';

const COLUMNS = ['name', 'staffNumber', 'team', 'base', 'qualifications', 'contact', 'state', 'absence', 'action'] as const;
type Action = 'edit' | 'active' | 'absences';
/** The dialog open: a new person, or an action on a person (by id: the dialog reads them as they change). */
type Open = 'new' | { readonly action: Action; readonly id: string };

export function PeopleView() {
  const { t } = useTranslation('people');
  const people = useLiveQuery('records.list', { entity: 'person' });
  const teams = useLiveQuery('records.list', { entity: 'team' });
  const signedIn = useSignedInUser();
  const [team, setTeam] = useState<string | null>(null);
  const dialog = useItemDialog<Open>();
  const heading = useRef<HTMLHeadingElement>(null);
  const [today] = useState(() => cordobaIsoDate(Date.now()));

  const error = people.error ?? teams.error;
  if (error && describeApiError(error).code === 'forbidden')
    return (
      <Notice tone="warning" testId="people-forbidden">
        {t('forbidden')}
      </Notice>
    );
  const everyone = (people.value?.records ?? null) as PersonRecord[] | null;
  const allTeams = (teams.value?.records ?? []) as TeamRecord[];
  const user = signedIn.user;
  const may = {
    add: mayMutate(signedIn, 'person.create') && teamsFor(allTeams, user).length > 0,
    change: mayMutate(signedIn, 'person.update'),
  };
  const rows = everyone ? personRows(everyone, allTeams, team, today, user) : [];
  const opened =
    dialog.open !== null && dialog.open !== 'new' ? everyone?.find((p) => p.id === (dialog.open as { id: string }).id) : undefined;
  const doneProps = { onClose: dialog.close, onDone: dialog.finished, focusAfterDone: () => heading.current };

  return (
    <section className="people" aria-labelledby="people-title" data-testid="people-view">
      <div className="people__header">
        <h2 id="people-title" ref={heading} tabIndex={-1}>
          {t('heading')}
        </h2>
        {may.add && (
          <button type="button" className="button" onClick={() => dialog.openFor('new')} data-testid="people-add">
            {t('add.action')}
          </button>
        )}
      </div>
      <p className="people__intro">{t('intro')}</p>
      {dialog.done && (
        <Notice tone="success" onDismiss={dialog.dismiss} testId="people-done">
          {dialog.done}
        </Notice>
      )}
      <div className="people__filters">
        <FormField id="people-team-filter" label={t('filterTeam')}>
          {(control) => (
            <select
              className="filter-control"
              value={team ?? '*'}
              onChange={(event) => setTeam(event.target.value === '*' ? null : event.target.value)}
              data-testid="people-team-filter"
              {...control}
            >
              <option value="*">{t('allTeams')}</option>
              {allTeams.map((one) => (
                <option key={one.id} value={one.id}>
                  {one.name}
                </option>
              ))}
              <option value="">{t('noTeam')}</option>
            </select>
          )}
        </FormField>
        {everyone && <span className="people__count">{t('shown', { shown: rows.length, total: everyone.length })}</span>}
      </div>
      {everyone === null ? (
        people.loading ? (
          <p role="status">{t('loading')}</p>
        ) : (
          <ApiErrorNotice error={error} title={t('loadFailed')} />
        )
      ) : rows.length === 0 ? (
        <p>{t('none')}</p>
      ) : (
        <ListTable
          className="people-table"
          testId="people-table"
          caption={t('caption')}
          columns={COLUMNS}
          columnLabel={(c) => t(`column.${c}`)}
        >
          {rows.map((row) => (
            <PersonTableRow
              key={row.person.id}
              row={row}
              onAction={may.change && row.mayManage ? (action) => dialog.openFor({ action, id: row.person.id }) : null}
            />
          ))}
        </ListTable>
      )}
      {dialog.open === 'new' && <PersonDialog person={null} teams={teamsFor(allTeams, user)} {...doneProps} />}
      {opened && dialog.open !== 'new' && dialog.open?.action === 'edit' && (
        <PersonDialog person={opened} teams={teamsFor(allTeams, user)} {...doneProps} />
      )}
      {opened && dialog.open !== 'new' && dialog.open?.action === 'active' && <ActiveDialog person={opened} {...doneProps} />}
      {opened && dialog.open !== 'new' && dialog.open?.action === 'absences' && <AbsencesDialog person={opened} {...doneProps} />}
    </section>
  );
}

function PersonTableRow({ row, onAction }: { readonly row: PersonRow; readonly onAction: ((action: Action) => void) | null }) {
  const { t, i18n } = useTranslation('people');
  const { t: tUi } = useTranslation();
  const { person, team, absence } = row;
  const active = isActive(person);
  const contact = [person.contact?.phone, person.contact?.email].filter(Boolean).join(' · ');
  const absenceText = absence
    ? t(absence.now ? 'absenceNow' : 'absenceNext', {
        absence: tUi(`roster.absence.${absence.absence.kind}`),
        days: formatDays(absence.absence.from, absence.absence.to, i18n.language),
      })
    : t('empty');
  const button = (action: Action, label: string, labelFor: string) => (
    <button type="button" className="button" onClick={() => onAction!(action)} aria-label={labelFor} data-testid={`person-${action}`}>
      {label}
    </button>
  );
  return (
    <tr data-testid="person-row" data-person-id={person.id} data-active={active}>
      <th scope="row">{person.name}</th>
      <td>{person.staffNumber ?? t('empty')}</td>
      <td>{team?.name ?? t('noTeam')}</td>
      <td>{person.base ?? team?.base ?? t('empty')}</td>
      <td>{person.qualifications.map((q) => tUi(`roster.qualification.${q}`)).join(' · ') || t('empty')}</td>
      <td className="people__contact">{contact || t('empty')}</td>
      <td>
        <span className={`person-state person-state--${active ? 'active' : 'inactive'}`}>
          {t(`state.${active ? 'active' : 'inactive'}`)}
        </span>
      </td>
      <td className={absence?.now ? 'people__away' : undefined}>{absenceText}</td>
      <td>
        {onAction && (
          <div className="people__actions">
            {button('edit', t('edit.action'), t('edit.actionFor', { name: person.name }))}
            {button('absences', t('absences.action'), t('absences.actionFor', { name: person.name }))}
            {active
              ? button('active', t('active.deactivate'), t('active.deactivateFor', { name: person.name }))
              : button('active', t('active.reactivate'), t('active.reactivateFor', { name: person.name }))}
          </div>
        )}
      </td>
    </tr>
  );
}
