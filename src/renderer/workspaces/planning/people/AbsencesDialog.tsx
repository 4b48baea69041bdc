// «Ausencias» of one person: those recorded (each with «Quitar», person.removeAbsence) and a form to record one more
// — reason, first and last day (both included), a note — checked by the kind's schema (absence-form.ts) and sent as
// person.addAbsence. An absence that overlaps another is refused by the hub, said in the errors' words.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { uuidv7 } from '../../../../shared/ids/uuidv7.ts';
import type { PersonRecord } from '../../../../shared/records/person-schema.ts';
import { ABSENCE_KINDS } from '../../../../shared/roster/types.ts';
import { DateField } from '../../../components/DateField.tsx';
import { FormField } from '../../../components/FormField.tsx';
import { WriteFailureNotice } from '../../../components/WriteFailureNotice.tsx';
import { useCheckedForm } from '../../../writes/use-checked-form.ts';
import { useMutationWrite } from '../../../writes/use-mutation-write.ts';
import { PlanningDialog, type PlanningDialogDone } from '../PlanningDialog.tsx';
import { formatDays } from './absence-days.ts';
import { checkAbsence, INITIAL_ABSENCE, type AbsenceField } from './absence-form.ts';

export function AbsencesDialog({ person, ...done }: PlanningDialogDone & { readonly person: PersonRecord }) {
  const { t, i18n } = useTranslation('people');
  const { t: tUi } = useTranslation();
  const id = useId().replace(/:/g, '');
  const [absenceId] = useState(() => uuidv7(Date.now()));
  const form = useCheckedForm(INITIAL_ABSENCE, (values) => checkAbsence(person.id, values, absenceId));
  const remove = useMutationWrite();
  const problem = (field: AbsenceField) => (form.problems[field] ? t(`problem.${form.problems[field]}`) : null);
  const absences = person.absences ?? [];
  const kindOf = (kind: (typeof ABSENCE_KINDS)[number]) => tUi(`roster.absence.${kind}`);
  return (
    <PlanningDialog
      namespace="people"
      {...done}
      title={t('absences.title', { name: person.name })}
      explain={t('absences.explain')}
      submitLabel={t('absences.submit')}
      done={t('absences.done', { name: person.name })}
      testId="absences-dialog"
      problemCount={Object.keys(form.problems).length}
      prepare={form.prepare}
    >
      <section aria-labelledby={`${id}-list`} className="people-absences">
        <h3 id={`${id}-list`} className="people-absences__title">
          {t('absences.list')}
        </h3>
        {absences.length === 0 ? (
          <p>{t('absences.none')}</p>
        ) : (
          <ul className="people-absences__list" data-testid="absences-list">
            {absences.map((a) => {
              const days = formatDays(a.from, a.to, i18n.language);
              return (
                <li key={a.id} data-testid="absence-item">
                  <span>
                    {kindOf(a.kind)} {days}
                    {a.note ? ` · ${a.note}` : ''}
                  </span>{' '}
                  <button
                    type="button"
                    className="button"
                    disabled={remove.busy}
                    onClick={() =>
                      void remove.send({ kind: 'person.removeAbsence', id: person.id, absenceId: a.id }, t('absences.removed'))
                    }
                    aria-label={t('absences.removeFor', { absence: kindOf(a.kind), days })}
                  >
                    {t('absences.remove')}
                  </button>
                </li>
              );
            })}
          </ul>
        )}
        <WriteFailureNotice
          notice={remove.notice}
          onDismiss={remove.dismiss}
          texts={{ failed: t('dialog.failed'), refused: t('dialog.refused'), forbidden: t('dialog.forbidden') }}
          testId="absence-remove-notice"
        />
      </section>
      <FormField id={`${id}-kind`} label={t('absences.kind')} problem={problem('kind')}>
        {(control) => (
          <select
            className="form-control"
            value={form.values.kind}
            onChange={(event) => form.set('kind')(event.target.value)}
            data-testid="absence-kind"
            {...control}
          >
            {ABSENCE_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {kindOf(kind)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <DateField
        id={`${id}-from`}
        label={t('absences.from')}
        value={form.values.from}
        onChange={form.set('from')}
        className="form-control"
        problem={problem('from')}
        testId="absence-from"
      />
      <DateField
        id={`${id}-to`}
        label={t('absences.to')}
        value={form.values.to}
        min={form.values.from}
        onChange={form.set('to')}
        className="form-control"
        problem={problem('to')}
        testId="absence-to"
      />
      <FormField id={`${id}-note`} label={t('absences.note')} problem={problem('note')}>
        {(control) => (
          <input
            className="form-control"
            type="text"
            value={form.values.note}
            onChange={(event) => form.set('note')(event.target.value)}
            data-testid="absence-note"
            {...control}
          />
        )}
      </FormField>
    </PlanningDialog>
  );
}
