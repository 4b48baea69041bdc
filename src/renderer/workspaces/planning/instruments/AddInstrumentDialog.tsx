// «Agregar instrumento» (administrators): kind, name, serial, model and the last calibration if any, checked as the
// hub checks them (add-instrument-form.ts) and sent through 'records.mutate'. A serial already added is refused
// by its id ('already_exists'), said in this dialog's words.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { cordobaIsoDate } from '../../../../shared/time/cordoba.ts';
import { DateField } from '../../../components/DateField.tsx';
import { FormField } from '../../../components/FormField.tsx';
import { useCheckedForm } from '../../../writes/use-checked-form.ts';
import { checkAddInstrument, INITIAL_ADD_INSTRUMENT, type AddInstrumentField } from './add-instrument-form.ts';
import { PlanningDialog, type PlanningDialogDone } from '../PlanningDialog.tsx';

const KINDS = ['breathalyser', 'sound_meter'] as const;

export function AddInstrumentDialog(done: PlanningDialogDone) {
  const { t } = useTranslation('instruments');
  const id = useId().replace(/:/g, '');
  const [today] = useState(() => cordobaIsoDate(Date.now()));
  const form = useCheckedForm(INITIAL_ADD_INSTRUMENT, (values) => checkAddInstrument(values, Date.now()));
  const problem = (field: AddInstrumentField) => (form.problems[field] ? t(`problem.${form.problems[field]}`) : null);
  const text = (field: 'label' | 'serial' | 'model' | 'certificate', hint?: string) => (
    <FormField id={`${id}-${field}`} label={t(`add.${field}`)} hint={hint} problem={problem(field)}>
      {(control) => (
        <input
          className="form-control"
          type="text"
          maxLength={200}
          value={form.values[field]}
          onChange={(event) => form.set(field)(event.target.value)}
          data-testid={`add-instrument-${field}`}
          {...control}
        />
      )}
    </FormField>
  );
  return (
    <PlanningDialog
      namespace="instruments"
      {...done}
      title={t('add.title')}
      explain={t('add.explain')}
      submitLabel={t('add.submit')}
      done={t('add.done', { label: form.values.label.trim() })}
      testId="add-instrument-dialog"
      problemCount={Object.keys(form.problems).length}
      prepare={form.prepare}
      refusal={(reason) => (reason === 'already_exists' ? t('add.exists') : undefined)}
    >
      <FormField id={`${id}-kind`} label={t('add.kind')} layout="group">
        {KINDS.map((kind) => (
          <label key={kind} className="form-check">
            <input
              type="radio"
              name={`${id}-kind`}
              value={kind}
              checked={form.values.instrument === kind}
              onChange={() => form.set('instrument')(kind)}
            />{' '}
            {t(`kind.${kind}`)}
          </label>
        ))}
      </FormField>
      {text('label', t('add.labelHint'))}
      {text('serial')}
      {text('model')}
      <DateField
        id={`${id}-calibratedOn`}
        label={t('add.calibratedOn')}
        value={form.values.calibratedOn}
        max={today}
        onChange={form.set('calibratedOn')}
        className="form-control"
        problem={problem('calibratedOn')}
        testId="add-instrument-calibratedOn"
      />
      {text('certificate')}
    </PlanningDialog>
  );
}
