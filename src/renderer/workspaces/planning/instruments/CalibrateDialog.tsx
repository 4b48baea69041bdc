// «Registrar calibración» of one instrument: its day (today by default) and certificate, checked as the hub checks
// them (calibrate-form.ts), sent through 'records.mutate'. The roster's «fuera de calibración» reads the new date.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Instrument } from '../../../../shared/roster/instrument-states.ts';
import { cordobaIsoDate } from '../../../../shared/time/cordoba.ts';
import { DateField } from '../../../components/DateField.tsx';
import { FormField } from '../../../components/FormField.tsx';
import { useCheckedForm } from '../../../writes/use-checked-form.ts';
import { checkCalibrate, initialCalibrateValues } from './calibrate-form.ts';
import { PlanningDialog, type PlanningDialogDone } from '../PlanningDialog.tsx';

interface CalibrateDialogProps extends PlanningDialogDone {
  readonly instrument: Instrument;
  /** How many months a calibration of its kind is good for (null: no rule in force). */
  readonly months: number | null;
}

export function CalibrateDialog({ instrument, months, ...done }: CalibrateDialogProps) {
  const { t } = useTranslation('instruments');
  const id = useId().replace(/:/g, '');
  const [today] = useState(() => cordobaIsoDate(Date.now()));
  const form = useCheckedForm(
    () => initialCalibrateValues(Date.now()),
    (values) => checkCalibrate(instrument.id, values, Date.now()),
  );
  const problem = (field: 'date' | 'certificate') => (form.problems[field] ? t(`problem.${form.problems[field]}`) : null);
  const label = instrument.label;
  return (
    <PlanningDialog
      namespace="instruments"
      {...done}
      title={t('calibrate.title')}
      explain={t('calibrate.explain', { label, months: months ?? '—' })}
      submitLabel={t('calibrate.submit')}
      done={t('calibrate.done', { label })}
      testId="calibrate-dialog"
      problemCount={Object.keys(form.problems).length}
      prepare={form.prepare}
    >
      <DateField
        id={`${id}-date`}
        label={t('calibrate.date')}
        value={form.values.date}
        max={today}
        onChange={form.set('date')}
        className="form-control"
        problem={problem('date')}
        testId="calibrate-date"
      />
      <FormField
        id={`${id}-certificate`}
        label={t('calibrate.certificate')}
        hint={t('calibrate.certificateHint')}
        problem={problem('certificate')}
      >
        {(control) => (
          <input
            className="form-control"
            type="text"
            maxLength={200}
            value={form.values.certificate}
            onChange={(event) => form.set('certificate')(event.target.value)}
            data-testid="calibrate-certificate"
            {...control}
          />
        )}
      </FormField>
    </PlanningDialog>
  );
}
