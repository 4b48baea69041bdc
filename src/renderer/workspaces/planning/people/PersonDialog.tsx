// «Agregar persona» and «Editar»: legajo (new people only: the id is made from it), name, team — only the teams the
// signed-in person may manage —, base, contact and qualifications, checked by the kind's schema (person-form.ts) and
// sent through 'records.mutate'. A legajo already added is refused by the hub, said in this dialog's words.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonRecord } from '../../../../shared/records/person-schema.ts';
import type { TeamRecord } from '../../../../shared/records/team.ts';
import { QUALIFICATIONS, type Qualification } from '../../../../shared/roster/types.ts';
import { FormField } from '../../../components/FormField.tsx';
import { useCheckedForm } from '../../../writes/use-checked-form.ts';
import { PlanningDialog, type PlanningDialogDone } from '../PlanningDialog.tsx';
import { checkPerson, personValues, type PersonField, type PersonValues } from './person-form.ts';

interface PersonDialogProps extends PlanningDialogDone {
  /** null: a new person. */
  readonly person: PersonRecord | null;
  readonly teams: readonly TeamRecord[];
}

export function PersonDialog({ person, teams, ...done }: PersonDialogProps) {
  const { t } = useTranslation('people');
  const { t: tUi } = useTranslation();
  const id = useId().replace(/:/g, '');
  const [qualifications, setQualifications] = useState<readonly Qualification[]>(person?.qualifications ?? []);
  const form = useCheckedForm(personValues(person, teams[0]?.id ?? ''), (values) => checkPerson(values, qualifications, person));
  const problem = (field: PersonField) => (form.problems[field] ? t(`problem.${form.problems[field]}`) : null);
  const text = (field: Exclude<keyof PersonValues, 'team'>, hint?: string) => (
    <FormField id={`${id}-${field}`} label={t(`field.${field}`)} hint={hint} problem={problem(field)}>
      {(control) => (
        <input
          className="form-control"
          type={field === 'email' ? 'email' : field === 'phone' ? 'tel' : 'text'}
          value={form.values[field]}
          onChange={(event) => form.set(field)(event.target.value)}
          data-testid={`person-${field}`}
          {...control}
        />
      )}
    </FormField>
  );
  const toggle = (q: Qualification) =>
    setQualifications((list) =>
      list.includes(q) ? list.filter((x) => x !== q) : QUALIFICATIONS.filter((x) => x === q || list.includes(x)),
    );
  const name = form.values.name.trim();
  return (
    <PlanningDialog
      namespace="people"
      {...done}
      title={person ? t('edit.title') : t('add.title')}
      explain={person ? t('edit.explain', { name: person.name, staffNumber: person.staffNumber ?? '—' }) : t('add.explain')}
      submitLabel={person ? t('edit.submit') : t('add.submit')}
      done={person ? t('edit.done', { name }) : t('add.done', { name })}
      testId="person-dialog"
      problemCount={Object.keys(form.problems).length}
      prepare={form.prepare}
      refusal={(reason) => (reason === 'already_exists' ? t('add.exists') : undefined)}
    >
      {person === null && text('staffNumber', t('field.staffNumberHint'))}
      {text('name')}
      <FormField id={`${id}-team`} label={t('field.team')} problem={problem('team')}>
        {(control) => (
          <select
            className="form-control"
            value={form.values.team}
            onChange={(event) => form.set('team')(event.target.value)}
            data-testid="person-team"
            {...control}
          >
            {teams.map((team) => (
              <option key={team.id} value={team.id}>
                {team.name}
              </option>
            ))}
          </select>
        )}
      </FormField>
      {text('base', t('field.baseHint'))}
      {text('phone')}
      {text('email')}
      <FormField id={`${id}-qualifications`} label={t('field.qualifications')} layout="group" problem={problem('qualifications')}>
        {QUALIFICATIONS.map((q) => (
          <label key={q} className="form-check">
            <input
              type="checkbox"
              checked={qualifications.includes(q)}
              onChange={() => toggle(q)}
              data-testid={`person-qualification-${q}`}
            />{' '}
            {tUi(`roster.qualification.${q}`)}
          </label>
        ))}
      </FormField>
    </PlanningDialog>
  );
}
